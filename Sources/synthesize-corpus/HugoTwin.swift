import Foundation

/// The same corpus as a Hugo site, for `make bench` to compare with: each article as Markdown
/// with its unit, province, themes and year as taxonomies, and minimal templates for the same
/// kinds of pages Chronicle writes (home, article, a page per unit, province, theme and year).
enum HugoTwin {
    static func article(_ facts: EventFacts, title: String, body: String) -> String {
        func list(_ items: [String]) -> String { "[" + items.map { quoted($0) }.joined(separator: ", ") + "]" }
        let date = "\(facts.year)-\(ArticleWriter.pad(facts.month))-\(ArticleWriter.pad(facts.day))"
        return """
            ---
            title: \(quoted(title))
            date: \(date)
            units: \(list([facts.unit]))
            provinces: \(list([facts.province.name]))
            themes: \(list(facts.themes))
            years: \(list([String(facts.year)]))
            ---

            \(body)
            """
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static let config = """
        baseURL = "https://example.vn/"
        languageCode = "vi"
        title = "Chronicle bench"
        disableKinds = ["RSS", "sitemap", "robotsTXT"]
        [taxonomies]
          unit = "units"
          province = "provinces"
          theme = "themes"
          year = "years"
        """

    static let layouts: [String: String] = [
        "_default/baseof.html": """
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><nav><a href="/">Trang chủ</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
            """,
        "_default/single.html": """
            {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "02/01/2006" }}</p>
            <ul>{{ range .Params.units }}<li>{{ . }}</li>{{ end }}{{ range .Params.provinces }}<li>{{ . }}</li>{{ end }}</ul>
            {{ .Content }}{{ end }}
            """,
        "_default/list.html": """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "02/01/2006" }}</li>{{ end }}</ul>{{ end }}
            """,
        "_default/terms.html": """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
            """,
        "index.html": """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 10 (where .Site.RegularPages "Section" "articles") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """,
    ]
}
