/// Where each page lives in the site, and relative links between pages.
///
/// Every link is relative and names its file (`../articles/x.html`, never `/articles/x/`),
/// so the site works from any sub-path of a host and opened from disk (file://).
public enum Routes {
    public static let home = "index.html"
    public static let timeline = "timeline.html"
    public static let notFound = "404.html"
    public static let stylesheet = "assets/style.css"

    public static let units = "units/index.html"
    public static let provinces = "provinces/index.html"
    public static let themes = "themes/index.html"
    public static let awards = "awards.html"
    public static let search = "search.html"
    public static let searchScript = "assets/search.js"
    /// The search index's files (see `SearchIndex`).
    public static let searchIndexFolder = "search/"

    public static func article(_ slug: String) -> String { "articles/\(slug).html" }
    public static func unit(_ id: String) -> String { "units/\(id).html" }
    public static func year(_ year: Int) -> String { "timeline/\(year).html" }
    public static func province(_ id: String) -> String { "provinces/\(id).html" }
    public static func theme(_ id: String) -> String { "themes/\(id).html" }

    /// The article's original file, copied beside the site so readers can check the source.
    public static func source(_ relativePath: String) -> String { "sources/" + relativePath }

    /// A link from the page at `page` to `target`, both site-relative paths.
    public static func link(from page: String, to target: String) -> String {
        let depth = page.split(separator: "/", omittingEmptySubsequences: false).count - 1
        return String(repeating: "../", count: depth) + percentEncoded(target)
    }

    /// Percent-encodes everything but unreserved characters and `/`, so a file name with
    /// spaces or Vietnamese letters is a valid URL in Markdown and in HTML.
    static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
