/// Long lists split into pages of `SiteSettings.pageSize`: page 1 at the list's own path,
/// page n at "<path>-trang-n.html", each with links to the first, the last and those near it.
struct PagerView {
    struct PageLink {
        var pageNumber: Int
        var pageHref: String
        var pageIsCurrent: Bool
        /// Pages left out between two links ("…").
        var pageIsGap = false
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
        "pageIsGap": \.pageIsGap,
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

    /// Pages linked on either side of the current one, besides the first and the last.
    static let window = 3

    /// The links of page `number` of `count`: the first, the last and those within `window` of it, gaps
    /// marked; nil when one page suffices. (Every page linking every other made a theme of 100,000
    /// articles, 2,000 pages long, grow with its square.)
    static func pager(of path: String, page number: Int, count: Int) -> PagerView? {
        guard count > 1 else { return nil }
        let pagePath = Self.path(path, page: number)
        func link(_ other: Int) -> PagerView.PageLink {
            PagerView.PageLink(pageNumber: other, pageHref: Routes.link(from: pagePath, to: Self.path(path, page: other)), pageIsCurrent: other == number)
        }
        let shown = Set([1, count] + Array(max(1, number - window)...min(count, number + window))).sorted()
        var links: [PagerView.PageLink] = []
        for (position, other) in shown.enumerated() {
            if position > 0, other > shown[position - 1] + 1 { links.append(PagerView.PageLink(pageNumber: 0, pageHref: "", pageIsCurrent: false, pageIsGap: true)) }
            links.append(link(other))
        }
        return PagerView(pagerPages: links, pagerPrevious: number > 1 ? link(number - 1).pageHref : nil,
                         pagerNext: number < count ? link(number + 1).pageHref : nil)
    }
}
