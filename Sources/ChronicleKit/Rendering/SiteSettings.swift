/// Site-wide settings. Defaults until `Content/site.yml` is read.
public struct SiteSettings: Sendable {
    public var title: String
    public var description: String
    public var language: String

    public init(title: String = "Chronicle",
                description: String = "Dòng thời gian các hội nghị, chuyên đề và khen thưởng trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                language: String = "vi") {
        self.title = title
        self.description = description
        self.language = language
    }
}
