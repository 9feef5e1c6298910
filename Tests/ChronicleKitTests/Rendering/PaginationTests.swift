import Testing
@testable import ChronicleKit

/// The pager links the first and last pages and those near the current one, with gaps between.
struct PaginationTests {
    func numbers(page: Int, of count: Int) -> [Int] {
        Pagination.pager(of: "themes/x.html", page: page, count: count)?.pagerPages.map { $0.pageIsGap ? 0 : $0.pageNumber } ?? []
    }

    @Test func aShortListLinksEveryPage() {
        #expect(numbers(page: 2, of: 5) == [1, 2, 3, 4, 5])
        #expect(numbers(page: 1, of: 1) == [])
    }

    @Test func aLongListLinksTheEndsAndAWindowWithGaps() {
        #expect(numbers(page: 1, of: 2000) == [1, 2, 3, 4, 0, 2000])
        #expect(numbers(page: 500, of: 2000) == [1, 0, 497, 498, 499, 500, 501, 502, 503, 0, 2000])
        #expect(numbers(page: 5, of: 2000) == [1, 2, 3, 4, 5, 6, 7, 8, 0, 2000])
        let pager = Pagination.pager(of: "themes/x.html", page: 500, count: 2000)
        // Links are relative to the page, which is in the themes folder too.
        #expect(pager?.pagerPrevious == "../themes/x-trang-499.html")
        #expect(pager?.pagerNext == "../themes/x-trang-501.html")
        #expect(pager?.pagerPages.first?.pageHref == "../themes/x.html")
    }
}
