import Testing
@testable import ChronicleKit

/// The parser on layouts written for the tests: the family of crawl shapes, not the seeds.
struct RawArticleParserTests {
    @Test func clockBeforeTitleAndPublicationAfterIt() {
        let article = Fixtures.parse("""
        Chủ nhật, 03/03/2024 07:15 (GMT+7)

        Tỉnh ủy Nghệ An sơ kết chuyên đề năm 2023

        Thứ Ba, 27/2/2024, 15:20 (GMT+7)

        (ĐCSVN) - Chiều 26/2, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết.

        Hội nghị đánh giá kết quả thực hiện chuyên đề năm 2023.
        """)
        #expect(article.pageClock?.iso == "2024-03-03T07:15+07:00")
        #expect(article.published?.iso == "2024-02-27T15:20+07:00")
        #expect(article.title == "Tỉnh ủy Nghệ An sơ kết chuyên đề năm 2023")
        #expect(article.sourceTag == "ĐCSVN")
        #expect(article.paragraphs.map(\.text) == ["Chiều 26/2, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết.",
                                                   "Hội nghị đánh giá kết quả thực hiện chuyên đề năm 2023."])
    }

    /// "TT" under a line ending in a colon is a table's row-number column, copied one cell per line, not a byline: the table stays
    /// the story's, and the byline is the one after it.
    @Test func aTableColumnIsNoByline() {
        let article = Fixtures.parse("Quảng Nam sơ kết Chỉ thị 05\n\nSáng 27/8/2019, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết. Nhân dịp này, các tập thể, cá nhân được khen thưởng như sau:\n\nTT\n\nHình thức khen thưởng\n\nTập thể\n\nCá nhân\n\n1\n\nBằng khen của Ban Thường vụ Tỉnh ủy\n\n14\n\n16\n\nHỒ QUÂN")
        #expect(article.authors == ["Hồ Quân"])
        #expect(article.paragraphs.map(\.text) == ["Sáng 27/8/2019, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết. Nhân dịp này, các tập thể, cá nhân được khen thưởng như sau:",
                                                   "TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "1", "Bằng khen của Ban Thường vụ Tỉnh ủy", "14", "16"])
        // A byline under "Bài và ảnh:" is still the byline.
        let credited = Fixtures.parse("Quảng Nam sơ kết Chỉ thị 05\n\nSáng 27/8/2019, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết Chỉ thị 05-CT/TW.\n\nBài và ảnh:\n\nNGUYỄN HÀ\n\nTin liên quan")
        #expect(credited.authors == ["Nguyễn Hà"], "\(credited.authors)")
    }

    /// "CAND - Báo Công an nhân dân điện tử" reads like a tagged lead but is the site's banner.
    /// The title stands above a caption printed twice, over the site's menu one word a line.
    @Test func theTitleAboveACaptionPrintedTwice() {
        let article = Fixtures.parse("Báo Vĩnh Long Online\nTrang chủ\nThời sự\nChính trị\n\nChính trị\n\nTrà Ôn tổng kết thực hiện chuyên đề học tập và làm theo Bác năm 2024\n\nLãnh đạo Huyện ủy Trà Ôn chủ trì hội nghị.\n\nLãnh đạo Huyện ủy Trà Ôn chủ trì hội nghị.\n\nBan Thường vụ Huyện ủy Trà Ôn vừa tổ chức hội nghị tổng kết việc thực hiện Chuyên đề năm 2024 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
        #expect(article.title == "Trà Ôn tổng kết thực hiện chuyên đề học tập và làm theo Bác năm 2024")
        #expect(article.paragraphs.count == 1)
    }

    /// A section label before the publication time, and a reading button under it.
    @Test func aSectionBeforeThePublicationTimeAndAReadingButton() {
        let article = Fixtures.parse("BÁO LÀO CAI\nThứ Bảy, 10/01/2026 | 08:03\n\nLào Cai khen thưởng 64 tập thể, cá nhân tiêu biểu\n\nChính trị | 09/01/2026 11:42\nNghe đọc tin\nChia sẻ\n\nLCĐT - Sáng nay (9/1), Ban Thường vụ Tỉnh ủy Lào Cai tổ chức Lễ khen thưởng tập thể, cá nhân tiêu biểu giai đoạn 2021 - 2025.")
        #expect(article.title == "Lào Cai khen thưởng 64 tập thể, cá nhân tiêu biểu")
        #expect(article.published?.iso == "2026-01-09T11:42+07:00")
    }

    /// An image's alt text, the title with "- Ảnh 1." after it, is no line of the story.
    @Test func imageAltTextEndingInAFullStop() {
        let article = Fixtures.parse("Thái Bình biểu dương 72 điển hình nông dân\n\nHội Nông dân tỉnh Thái Bình vừa biểu dương 72 tập thể, cá nhân là những nông dân, chi hội, cơ sở Hội tiêu biểu trong học tập và làm theo Bác.\n\nThái Bình biểu dương 72 điển hình nông dân - Ảnh 1.\n\nĐại biểu dự lễ biểu dương.")
        #expect(article.paragraphs.count == 1)
        #expect(article.captions.map(\.kind).contains(.imageAlt))
    }

    /// A paragraph the crawl printed twice is the story once, not two captions.
    @Test func aLongParagraphPrintedTwice() {
        let paragraph = "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 14 tập thể và 19 cá nhân có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2024, góp phần hoàn thành nhiệm vụ chính trị của địa phương."
        let article = Fixtures.parse("Chư Sê sơ kết chuyên đề\n\nNgày 27/6/2024, Huyện ủy Chư Sê tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị.\n\n\(paragraph)\n\n\(paragraph)")
        #expect(article.paragraphs.map(\.text).filter { $0 == paragraph }.count == 1)
        #expect(article.captions.isEmpty)
    }

    /// Readers' comments are prose, but not the article's; a counter beside the title opens none.
    @Test func readersCommentsBelowTheStory() {
        let article = Fixtures.parse("""
        Thanh Hóa: Hội thảo khoa học về nêu gương

        Bình luận (3)

        Sáng 21/9/2023, Trường Chính trị tỉnh tổ chức hội thảo khoa học về nêu gương của cán bộ, đảng viên.

        Hội thảo nhận được 32 tham luận của các nhà khoa học, giảng viên và cán bộ cơ sở.

        Bình luận (2)
        Nguyễn Văn Hòa - Thiệu Hóa | 22/09/2023 13:20
        Xã tôi năm 2021 có đồng chí chủ tịch xã được tỉnh tặng Bằng khen vì dám làm.
        Trả lời   Thích (12)
        """)
        #expect(article.paragraphs.map(\.text) == ["Sáng 21/9/2023, Trường Chính trị tỉnh tổ chức hội thảo khoa học về nêu gương của cán bộ, đảng viên.",
                                                   "Hội thảo nhận được 32 tham luận của các nhà khoa học, giảng viên và cán bộ cơ sở."])
    }

    @Test func aBannerShapedLikeATaggedLeadAndAFollowWidget() {
        let article = Fixtures.parse("""
        Thứ Bảy, 19/08/2023 - 05:12
        CAND - Báo Công an nhân dân điện tử
        Thời sự  An ninh trật tự  Xây dựng lực lượng CAND  Kinh tế

        Công an Thanh Hóa tuyên dương 65 tập thể, cá nhân điển hình

        Xuân Mai
        17:35 18/08/2023
        Theo dõi Báo Công an nhân dân trên Google News

        Sáng 18/8, Công an tỉnh Thanh Hóa tổ chức Lễ tuyên dương các tập thể, cá nhân điển hình tiên tiến trong học tập và làm theo Bác.
        """)
        #expect(article.title == "Công an Thanh Hóa tuyên dương 65 tập thể, cá nhân điển hình")
        #expect(article.paragraphs.map(\.text) == ["Sáng 18/8, Công an tỉnh Thanh Hóa tổ chức Lễ tuyên dương các tập thể, cá nhân điển hình tiên tiến trong học tập và làm theo Bác."])
    }

    /// A sapo with its tag, then the byline and the publication line, then the lead; widgets broken over lines.
    @Test func aPublicationLineBelowTheSapoAndAListeningBar() {
        let sapo = Fixtures.parse("""
        Báo Hà Tĩnh
        Thứ tư, 26/05/2021 14:02

        Công an Hà Tĩnh tổng kết 5 năm học tập và làm theo Bác

        (Baohatinh.vn) - 47 tập thể, cá nhân được khen thưởng tại hội nghị do Đảng ủy Công an tỉnh tổ chức sáng nay.

        Ngọc Thắng
        26/05/2021 12:10
        Theo dõi Báo Hà Tĩnh trên
        Google News

        Sáng 26-5, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW.
        """)
        #expect(sapo.published?.iso == "2021-05-26T12:10+07:00")
        #expect(!sapo.paragraphs.contains { $0.text.contains("Google News") || $0.text.hasPrefix("Theo dõi") })
        let bar = Fixtures.parse("""
        Thanh Hóa sơ kết 3 năm thực hiện Kết luận số 01-KL/TW

        Minh Hằng  |  30/05/2024 08:30
        Lắng nghe bài viết   A-  A+

        Chiều qua, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW.
        """)
        #expect(bar.title == "Thanh Hóa sơ kết 3 năm thực hiện Kết luận số 01-KL/TW")
        #expect(bar.published?.iso == "2024-05-30T08:30+07:00")
    }

    @Test func aRowOfWidgetsBelowTheBylineIsNotTheTitle() {
        let article = Fixtures.parse("""
        BÁO ĐIỆN TỬ TỈNH
        Thứ Hai, 14/10/2024 - 06:30 (GMT+7)

        Hội thi tuyên truyền về học tập và làm theo Bác
        (Cập nhật: 8:10, 13/10/2024)
        Minh Anh
        Ý kiến ()   Gửi bạn bè   In bài   Cỡ chữ: A A A

        (TTV) - Sáng 12/10, Huyện ủy Tân Sơn tổ chức hội thi tuyên truyền về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
        """)
        #expect(article.title == "Hội thi tuyên truyền về học tập và làm theo Bác")
        #expect(article.published?.iso == "2024-10-13T08:10+07:00")
    }

    @Test func aRowOfReadingToolsWithBarsIsNoTitle() {
        let article = Fixtures.parse("""
        ĐIỆN BIÊN PHỦ ĐIỆN TỬ
        Thứ Sáu, 14/3/2025

        Mường Lay quán triệt Chuyên đề năm 2025

        14/03/2025 06:00
        Cỡ chữ  A  A  A   |   Nghe đọc bài

        ĐBP - Chiều hôm qua, Thị ủy Mường Lay tổ chức hội nghị quán triệt, triển khai Chuyên đề năm 2025 cho cán bộ chủ chốt.
        """)
        #expect(article.title == "Mường Lay quán triệt Chuyên đề năm 2025")
        #expect(article.published?.iso == "2025-03-14T06:00+07:00")
        let words = Fixtures.parse("""
        BÁO BIÊN PHÒNG

        BĐBP Quảng Trị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW

        13/06/2024 | 08:20
        Tăng cỡ chữ   Giảm cỡ chữ   In bài viết   Gửi bài viết

        (BBP) - Ngày 12/6, Đảng ủy BĐBP tỉnh tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW.
        """)
        #expect(words.title == "BĐBP Quảng Trị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW")
        let sendThePost = Fixtures.parse("""
        QUÂN ĐỘI NHÂN DÂN

        Đảng ủy Quân sự tỉnh Quảng Bình sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW

        Thứ Năm, 16/05/2019 - 15:20
        Cỡ chữ  A  A  A    In bài    Gửi bài    Chia sẻ

        QĐND Online - Đảng ủy Quân sự tỉnh Quảng Bình vừa tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW.
        """)
        #expect(sendThePost.title == "Đảng ủy Quân sự tỉnh Quảng Bình sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW")
    }

    /// "Kích thước chữ: Nhỏ | Vừa | Lớn", the font size buttons in words, below the title of a district portal.
    @Test func fontSizeButtonsInWordsAreNoTitle() {
        let article = Fixtures.parse("""
        CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ GIÁ RAI
        Tin tức - Sự kiện » Tin Đảng - Đoàn thể

        Phường Hộ Phòng ra mắt mô hình “Đảng viên nêu gương - Khóm văn minh”

        Ngày cập nhật 16/10/2024
        Lượt xem: 208
        Kích thước chữ: Nhỏ | Vừa | Lớn

        Sáng ngày 15/10/2024, Đảng ủy phường tổ chức lễ ra mắt mô hình “Đảng viên nêu gương - Khóm văn minh” tại khóm 2.
        """)
        #expect(article.title == "Phường Hộ Phòng ra mắt mô hình “Đảng viên nêu gương - Khóm văn minh”")
        #expect(!article.paragraphs.contains { $0.text.contains("Kích thước chữ") })
    }

    @Test func aBoxOfRelatedStoriesInsideTheArticleDoesNotEndIt() {
        let article = Fixtures.parse("""
        Hải Phòng sơ kết chuyên đề năm 2024

        Sáng 12/9, Thành ủy Hải Phòng tổ chức hội nghị sơ kết chuyên đề năm 2024 với sự tham dự của nhiều đại biểu.

        Tin liên quan
        • Hải Phòng khởi công nhiều dự án nhà ở xã hội
        • Thủ tướng tặng Bằng khen cho 10 tập thể

        Nhân dịp này, Ban Thường vụ Thành ủy tặng Bằng khen cho 45 tập thể, cá nhân có thành tích tiêu biểu xuất sắc.

        Tin liên quan
        Hải Phòng: 300 mô hình làm theo Bác
        """)
        #expect(article.paragraphs.map(\.text).contains { $0.hasPrefix("Nhân dịp này") })
        #expect(!article.paragraphs.map(\.text).contains { $0.contains("Thủ tướng tặng") || $0.contains("300 mô hình") })
    }

    /// The comment box's labels and placeholders are no part of the story, and "Cùng chuyên mục" opens the footer; "Bài liên
    /// quan" inside the story opens a box of headlines, and the story goes on below it.
    @Test func theCommentBoxAndMoreFooterMarkers() {
        let article = Fixtures.parse("""
        Hội Nông dân sơ kết chuyên đề

        Sáng 12/6/2023, Hội Nông dân huyện Mộc Châu tổ chức hội nghị sơ kết chuyên đề năm 2023 với sự tham dự của 120 đại biểu.

        Bài liên quan
        Thuận Châu: 1.500 hội viên được vay vốn sản xuất

        Dịp này, Ban Thường vụ Hội Nông dân huyện tặng Giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc.

        Ý kiến bạn đọc (0)
        Viết bình luận của bạn...
        Ý kiến của bạn
        Mời bạn để lại bình luận...
        Chưa có bình luận nào. Hãy là người đầu tiên bình luận!
        Bạn cần đăng nhập để bình luận.
        Cùng chuyên mục
        Yên Châu: Hiến đất xây nhà văn hóa bản
        """)
        #expect(article.paragraphs.map(\.text) == ["Sáng 12/6/2023, Hội Nông dân huyện Mộc Châu tổ chức hội nghị sơ kết chuyên đề năm 2023 với sự tham dự của 120 đại biểu.",
                                                   "Dịp này, Ban Thường vụ Hội Nông dân huyện tặng Giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc."])
    }

    /// Under the footer's marker, each story's headline, its date and a teaser: the teasers are not the article's, though prose.
    @Test func datedHeadlinesWithTeasersAfterTheMarkerAreTheFooter() {
        let article = Fixtures.parse("""
        Học viện Chính trị hội thảo về phong cách người đứng đầu

        Thứ Năm, 17-05-2018 | 07:41

        Ngày 16-5, tại Hà Nội, Học viện Chính trị tổ chức hội thảo khoa học về phong cách công tác của người đứng đầu.

        TIN CÙNG CHUYÊN MỤC

        Đảng ủy Quân sự tỉnh Sơn La sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW
        16-05-2018 | 21:10
        QĐND Online - Ngày 16-5, Đảng ủy Quân sự tỉnh Sơn La tổ chức hội nghị sơ kết. Dịp này, Đảng ủy Quân sự tỉnh tặng Giấy khen cho 8 tập thể, 13 cá nhân có thành tích xuất sắc...
        """)
        #expect(article.paragraphs.map(\.text) == ["Ngày 16-5, tại Hà Nội, Học viện Chính trị tổ chức hội thảo khoa học về phong cách công tác của người đứng đầu."])
    }

    @Test func allCapsTitleWithALongLeadIsNotAKicker() {
        let article = Fixtures.parse("""
        TỈNH ỦY THÁI BÌNH TỔNG KẾT CHUYÊN ĐỀ NĂM 2023
        Sáng 12/1, Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết chuyên đề năm 2023, biểu dương các điển hình tiên tiến.
        Hội nghị có hơn 500 đại biểu tham dự.
        """)
        #expect(article.kicker == nil)
        #expect(article.title == "TỈNH ỦY THÁI BÌNH TỔNG KẾT CHUYÊN ĐỀ NĂM 2023")
        #expect(article.paragraphs.count == 2)
    }

    @Test func footerAfterAnEndMarkerIsDropped() {
        let article = Fixtures.parse("""
        Huyện ủy Thạnh Hóa quán triệt chuyên đề
        Ngày 31/5, Huyện ủy tổ chức hội nghị.
        Tin liên quan
        Long An: Hội nghị sơ kết 3 năm thực hiện Kết luận 01
        Đồng Tháp tuyên dương 50 điển hình
        """)
        #expect(article.paragraphs.map(\.text) == ["Ngày 31/5, Huyện ủy tổ chức hội nghị."])
        #expect(article.droppedLines.count == 3)
    }

    /// A notice of the site's over the title (an archived story of a merged paper), then the tagged lead: the title and the
    /// lead are the story's, and the tag says whose.
    @Test func aSiteNoticeOverTheTitleIsNoLead() {
        let article = Fixtures.parse("""
        BÁO BẮC NINH
        Từ ngày 1/7/2025, Báo Bắc Giang hợp nhất với Báo Bắc Ninh. Bạn đang xem nội dung lưu trữ.
        Đảng ủy Khối các cơ quan tỉnh tuyên dương 45 điển hình học tập và làm theo Bác
        BGĐT - Ngày 14/1, Đảng ủy Khối các cơ quan tỉnh tổ chức lễ tuyên dương tập thể, cá nhân điển hình tiên tiến.
        """)
        #expect(article.title == "Đảng ủy Khối các cơ quan tỉnh tuyên dương 45 điển hình học tập và làm theo Bác")
        #expect(article.sourceTag == "BGĐT")
        #expect(article.paragraphs.map(\.text) == ["Ngày 14/1, Đảng ủy Khối các cơ quan tỉnh tổ chức lễ tuyên dương tập thể, cá nhân điển hình tiên tiến."])
    }

    /// A portal's earlier stories ("Các tin đã đưa", "Các tin, bài đã đăng:") end the article like related ones: their
    /// headlines tell other events' awards.
    @Test(arguments: ["Các tin đã đưa", "Các tin, bài đã đăng:", "Các tin đã đưa ngày:"])
    func earlierStoriesAfterTheirMarkerAreDropped(marker: String) {
        let article = Fixtures.parse("""
        Công an tỉnh khen thưởng điển hình
        Chiều 19/5/2023, Đảng ủy Công an tỉnh tổ chức lễ khen thưởng.
        \(marker)
        - Công an huyện Yên Lạc tuyên dương 15 tập thể, cá nhân (17/05/2023)
        """)
        #expect(article.paragraphs.map(\.text) == ["Chiều 19/5/2023, Đảng ủy Công an tỉnh tổ chức lễ khen thưởng."])
        #expect(article.droppedLines.count == 2)
    }

    @Test func sentenceStartingWithTheoIsNotASourceCredit() {
        let article = Fixtures.parse("""
        Tiêu đề
        Theo đánh giá của Tỉnh ủy, chuyên đề được triển khai sâu rộng.
        Theo TTXVN
        """)
        #expect(article.paragraphs.count == 1)
        #expect(article.sourceCredits == ["TTXVN"])
    }

    @Test func awardSentenceWithACueButAFullStopStaysInTheBody() {
        let article = Fixtures.parse("""
        Tiêu đề
        Sáng 5/3, Tỉnh đoàn tổ chức lễ tuyên dương.
        Dịp này, đồng chí Lê Văn Cường trao Bằng khen cho 12 tập thể và 15 cá nhân.
        Đồng chí Lê Văn Cường trao Bằng khen cho các tập thể
        """)
        #expect(article.paragraphs.count == 2)
        #expect(article.captions.map(\.text) == ["Đồng chí Lê Văn Cường trao Bằng khen cho các tập thể"])
    }

    @Test func markdownParagraphsJoinWrappedLines() {
        let article = Fixtures.parse("""
        Tiêu đề bài viết

        Dòng thứ nhất
        vẫn cùng đoạn.

        Đoạn thứ hai.
        """, format: .markdown)
        #expect(article.paragraphs.map(\.text) == ["Dòng thứ nhất vẫn cùng đoạn.", "Đoạn thứ hai."])
    }

    @Test func noTitleFallsBackToTheFileNameWithAWarning() {
        let result = Fixtures.load("0:00 / 0:00\n", path: "articles/bai-trong.txt")
        #expect(result.article?.title == "bai-trong")
        #expect(result.diagnostics.contains { $0.message.contains("no title") && $0.file == "Content/articles/bai-trong.txt" })
    }
}

extension RawArticleParserTests {
    /// "Chia sẻ: In bài Cỡ chữ: A A": widgets whose labels end with a colon are a widget row, not the
    /// title; the real title above the publication line stays one.
    @Test func aWidgetRowWithLabelColonsUnderThePublicationLine() {
        let article = Fixtures.parse("Thứ Hai, 02/10/2023 15:40\nBÁO LẠNG SƠN ĐIỆN TỬ\n\nThành ủy Lạng Sơn thông tin chuyên đề\n\nThứ Năm, 17/06/2021 09:25 [GMT+7]\nChia sẻ:     In bài     Cỡ chữ: A  A\n\nLSO-Thứ Tư (ngày 16/6), Ban Thường vụ Thành ủy Lạng Sơn tổ chức hội nghị thông tin chuyên đề quý II.")
        #expect(article.title == "Thành ủy Lạng Sơn thông tin chuyên đề")
        #expect(article.published?.iso == "2021-06-17T09:25+07:00")
    }
}

extension RawArticleParserTests {
    /// "A- A+ | In bài | Chia sẻ": a widget row opening with font buttons is no title.
    @Test func aWidgetRowOpeningWithFontButtons() {
        let article = Fixtures.parse("BÁO ĐẮK LẮK ĐIỆN TỬ\nThứ Hai, 18/12/2023\n\nBuôn Ma Thuột tổng kết học tập và làm theo Bác năm 2023\n\nThứ Hai, 18/12/2023 08:15\nA- A+ | In bài | Chia sẻ\n\nChiều thứ Sáu tuần trước, Ban Thường vụ Thành ủy Buôn Ma Thuột tổ chức hội nghị tổng kết.")
        #expect(article.title == "Buôn Ma Thuột tổng kết học tập và làm theo Bác năm 2023")
        #expect(article.published?.iso == "2023-12-18T08:15+07:00")
    }
}

extension RawArticleParserTests {
    /// "Nguồn: Báo Đồng Nai" right above the lead is a credit, not the title; the publication line above it is read.
    @Test func aSourceCreditAboveTheLead() {
        let article = Fixtures.parse("Báo Đồng Nai điện tử\nThứ Tư, 20/09/2023\n\nNêu gương, nói đi đôi với làm: yêu cầu hàng đầu với người đứng đầu\n\nCập nhật ngày 26-09-2019 lúc 14:10\nNguồn: Báo Đồng Nai\n\n(ĐN) - Sáng 26-9, Ban Tuyên giáo Tỉnh ủy tổ chức hội thảo về trách nhiệm nêu gương của người đứng đầu.")
        #expect(article.title == "Nêu gương, nói đi đôi với làm: yêu cầu hàng đầu với người đứng đầu")
        #expect(article.published?.date.iso == "2019-09-26")
    }

    /// Right above the publication line is the title, however much it reads like a caption; the menu row and the
    /// section label above it are chrome.
    @Test func aTitleReadingLikeACaptionAbovePublication() {
        let article = Fixtures.parse("BÁO HẢI DƯƠNG\nThứ Bảy, 19/9/2020 | 07:40\nTin mới  Chính trị  Kinh tế  Xã hội  Văn hóa\nTHI ĐUA - KHEN THƯỞNG\nThanh Hà: 2 tập thể nhận cờ thi đua của UBND tỉnh tại Đại hội Thi đua yêu nước lần thứ V\n18/09/2020 16:20\n(Baohaiduong.vn) - Đại hội Thi đua yêu nước huyện Thanh Hà lần thứ V (giai đoạn 2020-2025) do UBND huyện tổ chức đã diễn ra ngày 18 tháng 9 năm 2020.")
        #expect(article.title == "Thanh Hà: 2 tập thể nhận cờ thi đua của UBND tỉnh tại Đại hội Thi đua yêu nước lần thứ V")
        #expect(article.published?.date.iso == "2020-09-18")
    }

    /// A player ("Nghe đọc bài viết:  ▶ 00:00 / 03:42") is chrome: the title stands above the publication line; a date line
    /// at the foot of the page is the publication line when none stood under the title.
    @Test func anAudioPlayerAndAPublicationLineAtTheFoot() {
        let player = Fixtures.parse("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TUYÊN QUANG\n\nTrường Chính trị tỉnh tổng kết thực hiện Chuyên đề năm 2023\n\n10/01/2024 20:15   |   Lượt xem: 316\nNghe đọc bài viết:  ▶ 00:00 / 03:42\n\nTTV - Chiều 10/1, Trường Chính trị tỉnh Tuyên Quang tổ chức hội nghị tổng kết.")
        #expect(player.title == "Trường Chính trị tỉnh tổng kết thực hiện Chuyên đề năm 2023")
        #expect(player.published?.date.iso == "2024-01-10")
        let foot = Fixtures.parse("Dĩ An: Tuyên dương 62 tập thể, cá nhân điển hình\n\nChiều 22-1, Ban Thường vụ Thành ủy Dĩ An tổ chức Lễ tuyên dương.\n\nCập nhật: 23-01-2021 | 05:30")
        #expect(foot.published?.date.iso == "2021-01-23")
    }

    /// Below the site's name and sections and right over the title, a date line is the story's publication line when none
    /// follows the title.
    @Test func aPublicationLineOverTheTitle() {
        let article = Fixtures.parse("Báo Lào Cai điện tử\nTrang chủ   Tin mới   Chính trị   Kinh tế\n\nChính trị\n\nThứ Sáu, 12/06/2020, 07:15 [GMT+7]\n\nBảo Thắng: 25 tập thể, cá nhân được khen thưởng trong học tập và làm theo Bác\n\nBLC - Sáng qua, Ban Thường vụ Huyện ủy Bảo Thắng tổ chức hội nghị sơ kết 4 năm thực hiện Chỉ thị số 05-CT/TW.")
        #expect(article.title == "Bảo Thắng: 25 tập thể, cá nhân được khen thưởng trong học tập và làm theo Bác")
        #expect(article.published?.date.iso == "2020-06-12")
    }

    /// A ticker above the title opening with "COVID-19:" is no newspaper's tag, so it is no lead; a byline and
    /// the time joined by a dot are the publication line; a share row ending "Sao chép liên kết" is widgets.
    @Test func aTickerAboveTheTitleAndABylineDotTimeUnderIt() {
        let article = Fixtures.parse("""
        Nghệ An  |  Thứ Tư, 07/07/2021
        Chính trị  Thời sự  Kinh tế  Xã hội  Pháp luật  Quốc tế  Thể thao  Giải trí  Sức khỏe  Giáo dục  Nghệ An Media  Podcast
        COVID-19: Nghệ An ghi nhận thêm 9 ca mắc mới trong ngày 6/7, tổng số 187 ca mắc trong cộng đồng

        Chính trị

        Đảng ủy Khối Doanh nghiệp tỉnh quán triệt Kết luận số 01-KL/TW của Bộ Chính trị

        Thanh Lê • 06/07/2021 17:32
        Chia sẻ  Facebook  Zalo  Sao chép liên kết

        (Baonghean.vn) - Trong ngày 6 tháng 7 năm 2021, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An tổ chức hội nghị quán triệt Kết luận số 01-KL/TW.
        """)
        #expect(article.title == "Đảng ủy Khối Doanh nghiệp tỉnh quán triệt Kết luận số 01-KL/TW của Bộ Chính trị")
        #expect(article.published?.iso == "2021-07-06T17:32+07:00")
        #expect(article.sourceTag == "Baonghean.vn")
        #expect(article.paragraphs.map(\.text).first?.hasPrefix("Trong ngày 6 tháng 7 năm 2021") == true)
        // A tag joined by a dash without spaces still opens a lead.
        #expect(Fixtures.parse("Tiêu đề bài viết về hội nghị\n\nBĐT- Sáng 12/3, Tỉnh ủy Bình Định tổ chức hội nghị sơ kết việc học tập và làm theo Bác năm 2024.").sourceTag == "BĐT")
        // A site's name run together in plain letters, with no parentheses.
        let runTogether = Fixtures.parse("Tiêu đề bài viết về hội nghị\n\nKinhtedothi - Sáng qua, Ban Thường vụ Đảng ủy Khối các cơ quan TP Hà Nội tổ chức hội nghị thông tin chuyên đề.")
        #expect(runTogether.sourceTag == "Kinhtedothi")
        #expect(runTogether.paragraphs.first?.text.hasPrefix("Sáng qua,") == true)
        // The site's name: "QĐND Online - …".
        let online = Fixtures.parse("Tiêu đề bài viết về hội nghị\n\nQĐND Online - Đảng ủy Bệnh viện Quân y 7A vừa tổ chức hội nghị thông tin chuyên đề.")
        #expect(online.sourceTag == "QĐND Online")
        #expect(online.paragraphs.first?.text.hasPrefix("Đảng ủy Bệnh viện") == true)
        // The site's banner after its tag, however long, is no lead: the title is below it.
        let banner = Fixtures.parse("""
        Thứ Bảy, 25/06/2022, 09:12 (GMT+7)
        QĐND Online - Báo Quân đội nhân dân - Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng - Tiếng nói của lực lượng vũ trang và nhân dân Việt Nam
        Chính trị  Quân sự  Kinh tế  Xã hội

        Đảng ủy Quân khu 9 sơ kết 1 năm thực hiện Kết luận số 01-KL/TW

        QĐND Online - Ngày 23-6, tại TP Cần Thơ, Đảng ủy Quân khu 9 tổ chức hội nghị sơ kết 1 năm thực hiện Kết luận số 01-KL/TW.
        """)
        #expect(banner.title == "Đảng ủy Quân khu 9 sơ kết 1 năm thực hiện Kết luận số 01-KL/TW")
        #expect(banner.paragraphs.first?.text.hasPrefix("Ngày 23-6") == true)
        // "… - Cơ quan của Đảng bộ …" after the tag: the site's banner too.
        let owner = Fixtures.parse("""
        Thứ Ba, 19/05/2020
        HÀNỘIMỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
        Trang chủ  Chính trị  Hà Nội  Kinh tế  Xã hội

        Sóc Sơn khen thưởng 84 tập thể, cá nhân “người tốt, việc tốt”

        (HNM) - Sáng nay, 18-5, UBND huyện Sóc Sơn tổ chức Lễ khen thưởng các tập thể, cá nhân điển hình.
        """)
        #expect(owner.title == "Sóc Sơn khen thưởng 84 tập thể, cá nhân “người tốt, việc tốt”")
    }

    /// Under the title: a line of two timestamps (created, updated), then the reporter with the photographer's credit.
    @Test func aCreditedBylineUnderTwoTimestampsIsNotTheTitle() {
        let article = Fixtures.parse("""
        Thứ Năm, ngày 10/10/2024   |   Lào Cai 27°C   Sa Pa 17°C
        Trang chủ / Chính trị / Xây dựng Đảng

        Hội thảo khoa học về cán bộ cơ sở dám nghĩ, dám làm

        Tạo lúc: 09:12, 09/10/2024   |   Cập nhật: 10:05, 09/10/2024
        Hồng Duyên   -   Ảnh: Quang Vinh

        LCĐT - Hôm qua (8/10), Trường Chính trị tỉnh Lào Cai tổ chức hội thảo khoa học về cán bộ cơ sở dám nghĩ, dám làm, dám chịu trách nhiệm.
        """)
        #expect(article.title == "Hội thảo khoa học về cán bộ cơ sở dám nghĩ, dám làm")
        #expect(article.published?.iso == "2024-10-09T09:12+07:00")
        // A title of names without a credit is still a title.
        #expect(Fixtures.parse("Hà Giang - Tuyên Quang - Cao Bằng\n\n09/10/2024 09:12\n\nHGĐT - Sáng 8/10, Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết việc học tập và làm theo Bác của ba tỉnh miền núi phía Bắc.").title
                == "Hà Giang - Tuyên Quang - Cao Bằng")
    }
    /// A lead ending by introducing a list ("… 150 điển hình. Cụ thể:") is the story, not the title above its bullets.
    @Test func aLeadIntroducingAList() {
        let article = Fixtures.parse("""
        Quảng Trị tuyên dương 150 điển hình

        Sáng 18/5, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Tỉnh ủy đã tuyên dương 150 điển hình tiên tiến. Cụ thể:

        - 60 tập thể tiêu biểu, gồm 21 tổ chức cơ sở đảng, 18 cơ quan, đơn vị và 21 thôn, bản;

        - 90 cá nhân tiêu biểu, gồm 35 cán bộ, đảng viên; 30 công chức và 25 đoàn viên, hội viên.
        """)
        #expect(article.title == "Quảng Trị tuyên dương 150 điển hình")
        #expect(article.paragraphs.first?.text.hasPrefix("Sáng 18/5") == true)
    }

    /// A copy that broke its lines at a fixed width: the lines going on mid-sentence join the line before (a capital too, once
    /// the paragraph is found broken); the title and a line ending its paragraph stay apart. In a copy with only a couple of such
    /// lines, only those going on with a lowercase word join (a sentence a crawl split), not one going on with a day or a capital.
    @Test func aCopyBrokenAtAFixedWidth() {
        let wrapped = [
            "Hải Hậu sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW",
            "",
            "Chiều 28-6, Ban Thường vụ Huyện ủy Hải Hậu tổ chức hội nghị sơ kết 2 năm thực hiện Chỉ thị số 05-CT/TW ngày",
            "15-5-2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và triển khai",
            "học tập chuyên đề năm 2018. Hai năm qua, Ban Thường vụ Huyện ủy đã ban hành 9 văn bản lãnh đạo, chỉ đạo và",
            "hướng dẫn các chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ hằng tháng của chi bộ; toàn huyện",
            "có 35 mô hình làm theo Bác, tiêu biểu như mô hình đảng viên giúp hộ nghèo ở xã Hải Phong. Đồng chí Vũ",
            "Đức Hạnh, Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục quán triệt sâu sắc Chỉ thị 05, gắn với học tập chuyên đề",
            "năm 2018. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 14 tập thể, 20 cá nhân; Chủ tịch",
            "UBND huyện tặng Giấy khen cho 5 tập thể có thành tích xuất sắc trong xây dựng nông thôn mới kiểu mẫu.",
            "Văn Đông",
        ].joined(separator: "\n")
        let article = Fixtures.parse(wrapped)
        #expect(article.title == "Hải Hậu sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW", "\(article.title)")
        #expect(article.paragraphs.count == 1, "\(article.paragraphs.map(\.text))")
        #expect(article.paragraphs.first?.text.contains("Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị") == true)
        #expect(article.paragraphs.first?.text.contains("Đồng chí Vũ Đức Hạnh") == true)
        #expect(article.paragraphs.first?.text.hasSuffix("Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể có thành tích xuất sắc trong xây dựng nông thôn mới kiểu mẫu.") == true)
        // Two such lines are not a broken copy: the one going on with a day stays apart (a flattened table looks the same).
        let twice = Fixtures.parse(wrapped.split(separator: "\n", omittingEmptySubsequences: false).prefix(5).joined(separator: "\n"))
        #expect(twice.paragraphs.count == 2, "\(twice.paragraphs.map(\.text))")
        #expect(twice.paragraphs.last?.text.hasPrefix("15-5-2016 của Bộ Chính trị") == true)
        #expect(twice.paragraphs.last?.text.contains("Hồ Chí Minh và triển khai học tập chuyên đề năm 2018") == true)
        // A lead a crawl split once, on a page with no blank lines: the line going on in lowercase is its end, not the title.
        let split = Fixtures.parse([
            "TRANG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH QUẢNG BÌNH",
            "Khen thưởng điển hình tiên tiến trong học tập và làm theo Bác",
            "15/08/2018 16:05   |   Lượt xem: 312",
            "Sáng ngày 15/8/2018, Công an tỉnh tổ chức Lễ khen thưởng các tập thể, cá nhân điển hình tiên tiến trong học tập và làm theo Bác",
            "và thực hiện phong trào \"Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy\", chào mừng 73 năm Ngày truyền thống lực lượng CAND.",
            "Đại tá Trần Hải Quân, Giám đốc Công an tỉnh chủ trì buổi lễ và trao Giấy khen cho 11 tập thể, 23 cá nhân có thành tích xuất sắc.",
        ].joined(separator: "\n"))
        #expect(split.title == "Khen thưởng điển hình tiên tiến trong học tập và làm theo Bác", "\(split.title)")
        #expect(split.paragraphs.first?.text.contains("làm theo Bác và thực hiện phong trào") == true, "\(split.paragraphs.map(\.text))")
        // A paragraph's first line cut inside a name ("… Thiếu tướng Nguyễn" then "Văn Long đã trao …", which goes on in lowercase)
        // joins; a title over a paragraph, holding no comma, stays apart though the paragraph's first line opens with a capital.
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let name = Fixtures.parse((lines[0...9] + [
            "",
            "Tại Đại hội, thừa ủy quyền của Chủ tịch nước, Thiếu tướng Nguyễn",
            "Văn Long đã trao Huân chương Bảo vệ Tổ quốc hạng Ba cho 1 tập",
            "thể và 2 cá nhân có thành tích xuất sắc trong phong trào thi đua.",
        ]).joined(separator: "\n"))
        #expect(name.paragraphs.last?.text.hasPrefix("Tại Đại hội, thừa ủy quyền của Chủ tịch nước, Thiếu tướng Nguyễn Văn Long đã trao") == true,
                "\(name.paragraphs.map(\.text))")
        let titled = Fixtures.parse((["Hải Hậu sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về học tập Bác"] + lines[2...9]).joined(separator: "\n"))
        #expect(titled.title == "Hải Hậu sơ kết 2 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về học tập Bác", "\(titled.title)")
        // Nor a title holding a comma (no line was joined before it), nor a caption with its credit.
        let commaTitle = Fixtures.parse((["Biểu dương 60 tập thể, cá nhân tiêu biểu học tập và làm theo Bác tại Hải Hậu"] + lines[2...9]).joined(separator: "\n"))
        #expect(commaTitle.title == "Biểu dương 60 tập thể, cá nhân tiêu biểu học tập và làm theo Bác tại Hải Hậu", "\(commaTitle.title)")
        #expect(!RawArticleParser.splitsAName(SourceLine(number: 1, text: "Đồng chí Vũ Đức Hạnh trao Bằng khen cho các tập thể, cá nhân. Ảnh: Thu Hà"),
                                              SourceLine(number: 2, text: lines[2]), then: SourceLine(number: 3, text: lines[3])))
    }

    /// The story goes on after an inline related-news box even when the copy glued the byline to its last sentence.
    @Test func theStoryAfterABoxEndsWithAGluedByline() {
        let article = Fixtures.parse("Giao lưu điển hình tiên tiến học tập và làm theo Bác\nCập nhật ngày: 19-05-2017 | 08:05:00\n(CMO) Tối thứ Năm (18/5), Ban Tuyên giáo Tỉnh ủy phối hợp với Đài Phát thanh - Truyền hình Cà Mau tổ chức chương trình giao lưu điển hình tiên tiến năm 2017.\nTin liên quan\nCà Mau: Hội thi báo cáo viên giỏi năm 2017 (16/05/2017)\nNăm Căn biểu dương 52 tập thể, cá nhân điển hình (12/05/2017)\nDịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 10 tập thể, cá nhân có thành tích tiêu biểu trong học tập và làm theo Bác năm 2016. Trúc Xuân\nBình luận")
        #expect(article.paragraphs.last?.text.hasPrefix("Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen") == true, "\(article.paragraphs.map(\.text))")
        // "… tại TP. Hồ Chí Minh" ends with no byline: a footer's headline stays out of the story.
        #expect(!RawArticleParser.endsWithGluedByline("Hội nghị điển hình tiên tiến ngành giáo dục được tổ chức trang trọng vào sáng nay tại TP. Hồ Chí Minh"))
        #expect(RawArticleParser.endsWithGluedByline("Ban tổ chức cũng tặng hoa, quà lưu niệm cho 7 điển hình tham gia giao lưu. Trúc Xuân"))
    }
}
