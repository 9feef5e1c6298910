/// Long lists split into pages of `SiteSettings.pageSize`: page 1 at the list's own path,
/// page n at "<path>-trang-n.html", each with links to the others.
struct PagerView {
    struct PageLink {
        var pageNumber: Int
        var pageHref: String
        var pageIsCurrent: Bool
    }

    var pagerPages: [PageLink]
    var pagerPrevious: String?
    var pagerNext: String?
}

extension PagerView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<PagerView>] = [
        "pagerPages": \.pagerPages,
        "pagerPrevious": \.pagerPrevious,
        "pagerNext": \.pagerNext,
    ]
}

extension PagerView.PageLink: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<PagerView.PageLink>] = [
        "pageNumber": \.pageNumber,
        "pageHref": \.pageHref,
        "pageIsCurrent": \.pageIsCurrent,
    ]
}

enum Pagination {
    /// The path of page `number` (from 1) of the list at `path`.
    static func path(_ path: String, page number: Int) -> String {
        number == 1 ? path : String(path.dropLast(".html".count)) + "-trang-\(number).html"
    }

    /// Each page's path and items, without the pager.
    static func slices<Item>(_ items: [Item], at path: String, size: Int) -> [(path: String, items: ArraySlice<Item>)] {
        let size = max(1, size)
        let count = max(1, (items.count + size - 1) / size)
        return (1...count).map { number in
            let start = (number - 1) * size
            return (Self.path(path, page: number), items[min(start, items.count)..<min(start + size, items.count)])
        }
    }

    /// The links of page `number` of `count` to the others; nil when one page suffices.
    static func pager(of path: String, page number: Int, count: Int) -> PagerView? {
        guard count > 1 else { return nil }
        let pagePath = Self.path(path, page: number)
        let links = (1...count).map { other in
            PagerView.PageLink(pageNumber: other, pageHref: Routes.link(from: pagePath, to: Self.path(path, page: other)), pageIsCurrent: other == number)
        }
        return PagerView(pagerPages: links, pagerPrevious: number > 1 ? links[number - 2].pageHref : nil,
                         pagerNext: number < count ? links[number].pageHref : nil)
    }
}
