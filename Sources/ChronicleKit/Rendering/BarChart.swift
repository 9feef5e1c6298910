/// Horizontal bar charts as inline SVG, drawn in Swift so the site needs no JavaScript.
/// Labels come from articles and are escaped with `SafeTextEscaping`: the SVG reaches the page
/// unescaped (`{{{chart}}}`), and must stay literal text in HTML and in Markdown alike.
struct BarChart {
    struct Bar {
        var label: String
        var value: Int
    }

    var title: String
    /// Read by screen readers in place of the picture.
    var summary: String
    var bars: [Bar]

    static let rowHeight = 26
    static let labelWidth = 260
    static let barArea = 360

    func svg() -> String {
        guard let maximum = bars.map(\.value).max(), maximum > 0 else { return "" }
        let height = bars.count * Self.rowHeight + 10
        let width = Self.labelWidth + Self.barArea + 60
        var svg = """
        <figure class="chart"><svg role="img" aria-labelledby="chart-\(StableHash.shortHex(title))" viewBox="0 0 \(width) \(height)" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">\
        <title id="chart-\(StableHash.shortHex(title))">\(SafeTextEscaping.escape(title)): \(SafeTextEscaping.escape(summary))</title>
        """
        for (row, bar) in bars.enumerated() {
            let y = row * Self.rowHeight + 5
            let length = max(1, bar.value * Self.barArea / maximum)
            svg += """
            <text x="\(Self.labelWidth - 8)" y="\(y + 17)" text-anchor="end" class="chart-label">\(SafeTextEscaping.escape(Self.shortened(bar.label)))</text>\
            <rect x="\(Self.labelWidth)" y="\(y + 4)" width="\(length)" height="\(Self.rowHeight - 8)" class="chart-bar"></rect>\
            <text x="\(Self.labelWidth + length + 6)" y="\(y + 17)" class="chart-value">\(SiteRenderer.grouped(bar.value))</text>
            """
        }
        return svg + "</svg><figcaption>\(SafeTextEscaping.escape(title))</figcaption></figure>"
    }

    static func shortened(_ label: String) -> String {
        label.count <= 34 ? label : String(label.prefix(32)) + "…"
    }
}
