import Foundation

/// Site-wide settings from `Content/site.yml`; every key is optional.
public struct SiteSettings: Sendable, Codable {
    public var title: String
    public var description: String
    public var language: String
    /// Where the site is published ("https://example.vn/bao-cao/"); feeds and the sitemap need
    /// absolute addresses. Pages never use it: their links stay relative.
    public var baseURL: String?
    /// Items per page on long lists.
    public var pageSize: Int

    public static let fileName = "site.yml"

    public init(title: String = "Chronicle",
                description: String = "Dòng thời gian các hội nghị, chuyên đề và khen thưởng trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                language: String = "vi", baseURL: String? = nil, pageSize: Int = 50) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.pageSize = pageSize
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, description, language
        case baseURL = "base_url"
        case pageSize = "page_size"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SiteSettings()
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? defaults.title
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? defaults.description
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? defaults.language
        baseURL = try container.decodeIfPresent(String.self, forKey: .baseURL)
        pageSize = max(5, try container.decodeIfPresent(Int.self, forKey: .pageSize) ?? defaults.pageSize)
    }

    /// Reads `<content>/site.yml` when present; an unknown key or a bad value is an error naming its line.
    public static func load(content: URL, displayRoot: String) throws -> SiteSettings {
        let url = content.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteSettings() }
        let display = ContentReader.join(displayRoot, fileName)
        guard let yaml = try? String(contentsOf: url, encoding: .utf8) else {
            throw ChronicleError(file: display, "could not read the settings as UTF-8")
        }
        var settings = try DataFile.decode(SiteSettings.self, yaml: "schema: chronicle.site/1\n" + yaml, file: display, schema: "chronicle.site/1",
                                           knownKeys: Set(CodingKeys.allCases.map(\.rawValue) + ["schema"]), lineOffset: -1)
        if let base = settings.baseURL {
            guard base.hasPrefix("https://") || base.hasPrefix("http://") else {
                throw ChronicleError(file: display, "base_url must start with https:// or http://", hint: "e.g. base_url: https://example.vn/bao-cao/")
            }
            settings.baseURL = base.hasSuffix("/") ? base : base + "/"
        }
        return settings
    }
}
