import Testing
@testable import ChronicleKit

/// Counts of another occasion, of a running total or of a proposal, told beside the event's own awards.
struct OtherOccasionTests {
    /// "…, nâng tổng số … lên 227 tập thể, 400 cá nhân": a running total, both of its counts.
    @Test func aRunningTotalIsNoAward() {
        let found = Fixtures.awardLines(title: "Bến Tre sơ kết 1 năm thực hiện Chỉ thị 05", "Sáng 15/6/2017, Tỉnh ủy Bến Tre tổ chức hội nghị sơ kết.\n\nDịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 12 tập thể, 15 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 5 cá nhân có thành tích tiêu biểu, nâng tổng số tập thể, cá nhân được khen thưởng sau 1 năm thực hiện Chỉ thị 05-CT/TW lên 227 tập thể, 400 cá nhân.")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Bến Tre|Bằng khen|12|15|0", "Chủ tịch UBND tỉnh Bến Tre|Bằng khen|0|5|0"], "\(found)")
    }

    /// "Trước đó, ngày 27/2, Bệnh viện đã tổ chức Lễ kỷ niệm …. Tại buổi lễ, …": the ceremony of that earlier day, three days
    /// before the event, gave those; "Tại hội nghị, …" after a sentence with no earlier day held is this event's.
    @Test func atTheCeremonyOfAnEarlierDayToldJustBefore() {
        let lead = "Thứ Hai, 04/03/2024 08:00\n\nChiều thứ Sáu vừa qua, Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ đã tổ chức Hội nghị biểu dương điển hình tiên tiến.\n\n"
        let found = Fixtures.awardLines(title: "Bệnh viện biểu dương điển hình", lead + "Trước đó, ngày 27/2, Bệnh viện đã tổ chức Lễ kỷ niệm 69 năm Ngày Thầy thuốc Việt Nam. Tại buổi lễ, 2 tập thể và 9 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.\n\nTại hội nghị, Đảng ủy Bệnh viện tặng Giấy khen cho 6 tập thể, 15 cá nhân.")
        #expect(found == ["Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ|Giấy khen|6|15|0"], "\(found)")
        let this = Fixtures.awardLines(title: "Bệnh viện biểu dương điển hình", lead + "Năm 2023, Bệnh viện có 54 mô hình làm theo Bác. Tại hội nghị, Đảng ủy Bệnh viện tặng Giấy khen cho 6 tập thể, 15 cá nhân.")
        #expect(this == ["Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ|Giấy khen|6|15|0"], "\(this)")
        // "Nhân dịp sơ kết lần này, …" after a paragraph opening with an earlier year: this event's.
        let thisTime = Fixtures.awardLines(title: "Bệnh viện biểu dương điển hình", lead + "Năm 2023, Bệnh viện có 1 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen. Nhân dịp biểu dương lần này, Đảng ủy Bệnh viện tặng Giấy khen cho 6 tập thể, 15 cá nhân.")
        #expect(thisTime == ["Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ|Giấy khen|6|15|0"], "\(thisTime)")
    }

    /// "* Chiều cùng ngày, Huyện ủy Cần Đước tổ chức hội nghị …" after the story: another unit's event, with awards of its own.
    @Test func anotherEventToldAfterAStar() {
        let found = Fixtures.awardLines(title: "Tân Trụ sơ kết Chỉ thị 05", "Sáng 20/12/2017, Huyện ủy Tân Trụ tổ chức hội nghị sơ kết.\n\nDịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 8 tập thể, 10 cá nhân.\n\n* Chiều cùng ngày, Huyện ủy Cần Đước tổ chức hội nghị sơ kết việc thực hiện Chỉ thị số 05-CT/TW. Dịp này, Ban Thường vụ Huyện ủy Cần Đước tặng Giấy khen cho 12 tập thể, 20 cá nhân.")
        #expect(found == ["Ban Thường vụ Huyện ủy Tân Trụ|Giấy khen|8|10|0"], "\(found)")
    }

    /// A running total's list ends at its clause: the award after it, in a clause of its own, is still read. An estimate
    /// ("hơn 30 tập thể") counts nothing, and the count joined to it ("và 45 cá nhân") is still read.
    @Test func aRunningTotalEndsWithItsClause() {
        let found = Fixtures.awardLines(title: "Bến Tre sơ kết 1 năm thực hiện Chỉ thị 05", "Sáng 15/6/2017, Tỉnh ủy Bến Tre tổ chức hội nghị sơ kết.\n\nDịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 12 tập thể, nâng tổng số tập thể được khen thưởng lên 227 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 5 cá nhân.")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Bến Tre|Bằng khen|12|0|0", "Chủ tịch UBND tỉnh Bến Tre|Bằng khen|0|5|0"], "\(found)")
        let estimate = Fixtures.awardLines(title: "Bến Tre sơ kết 1 năm thực hiện Chỉ thị 05", "Sáng 15/6/2017, Tỉnh ủy Bến Tre tổ chức hội nghị sơ kết.\n\nDịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho hơn 30 tập thể và 45 cá nhân.")
        #expect(estimate == ["Ban Thường vụ Tỉnh ủy Bến Tre|Bằng khen|0|45|0"], "\(estimate)")
    }

    /// "Trước đó, ngày 27/5, … vòng chung khảo Hội thi …. Kết thúc hội thi, … tặng Giấy khen cho 6 tập thể": the contest's.
    @Test func theEndOfAContestToldBefore() {
        let body = "Sáng 29/5/2024, Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An tổ chức hội nghị sơ kết, tặng Giấy khen cho 9 tập thể, 12 cá nhân.\n\n"
        let contest = Fixtures.awardLines(title: "Đảng ủy Khối Doanh nghiệp tỉnh sơ kết Kết luận 01", body + "Trước đó, ngày 27/5, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức vòng chung khảo Hội thi “Kể chuyện về tấm gương đạo đức Hồ Chí Minh”. Kết thúc hội thi, Ban Thường vụ Đảng ủy Khối đã tặng Giấy khen cho 6 tập thể có thí sinh đạt giải.")
        #expect(contest == ["Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An|Giấy khen|9|12|0"], "\(contest)")
        // Without an earlier occasion before it, the end of the event is the event's.
        let closing = Fixtures.awardLines(title: "Đảng ủy Khối Doanh nghiệp tỉnh sơ kết Kết luận 01", "Sáng 29/5/2024, Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An tổ chức hội nghị sơ kết.\n\nHội nghị đã nghe 5 tham luận. Kết thúc hội nghị, Ban Thường vụ Đảng ủy Khối đã tặng Giấy khen cho 6 tập thể.")
        #expect(closing == ["Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An|Giấy khen|6|0|0"], "\(closing)")
        // The end of a conference is the event's, even after a sentence telling what came before it.
        let ended = Fixtures.awardLines(title: "Đảng ủy Khối Doanh nghiệp tỉnh sơ kết Kết luận 01", "Sáng 29/5/2024, Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An tổ chức hội nghị sơ kết.\n\nTrước đó, các đại biểu dự hội nghị đã dâng hoa tại Tượng đài Bác Hồ. Kết thúc hội nghị, Ban Thường vụ Đảng ủy Khối đã tặng Giấy khen cho 6 tập thể.")
        #expect(ended == ["Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An|Giấy khen|6|0|0"], "\(ended)")
    }

    /// "Tại hội nghị tổng kết công tác năm 2023 hồi cuối tháng 12, …": "hồi" says it was before; "tại hội nghị tổng kết công tác năm
    /// 2023" alone, in January 2024, may be this event.
    @Test func backThenAtAnotherConference() {
        let body = "Sáng 19/2/2024, Đảng ủy Khối Doanh nghiệp tỉnh Hải Dương tổ chức lễ phát động thi đua.\n\n"
        let earlier = Fixtures.awardLines(title: "Đảng ủy Khối Doanh nghiệp tỉnh phát động thi đua năm 2024", body + "Tại hội nghị tổng kết công tác năm 2023 hồi cuối tháng 12, Ban Thường vụ Đảng ủy Khối đã tặng Giấy khen cho 21 tập thể, 36 cá nhân.")
        #expect(earlier == [], "\(earlier)")
        let january = Fixtures.awardLines(title: "Đảng ủy Khối Doanh nghiệp tỉnh tổng kết công tác năm 2023", "Sáng 12/1/2024, Đảng ủy Khối Doanh nghiệp tỉnh Hải Dương tổ chức hội nghị tổng kết công tác năm 2023.\n\nTại hội nghị tổng kết công tác năm 2023, Ban Thường vụ Đảng ủy Khối đã tặng Giấy khen cho 21 tập thể, 36 cá nhân.")
        #expect(january == ["Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Hải Dương|Giấy khen|21|36|0"], "\(january)")
        // "hồi cuối tháng 12" at a December event: that month, perhaps the event itself.
        let december = Fixtures.awardLines(title: "Đảng ủy Khối Doanh nghiệp tỉnh tổng kết công tác năm 2023", "Sáng 28/12/2023, Đảng ủy Khối Doanh nghiệp tỉnh Hải Dương tổ chức hội nghị tổng kết công tác năm 2023.\n\nTại hội nghị tổng kết hồi cuối tháng 12, Ban Thường vụ Đảng ủy Khối đã tặng Giấy khen cho 21 tập thể, 36 cá nhân.")
        #expect(december == ["Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Hải Dương|Giấy khen|21|36|0"], "\(december)")
    }

    /// "Căn cứ đề nghị của Hội đồng Thi đua - Khen thưởng, … quyết định tặng …": the proposal was taken, the award given; one sent
    /// up is still only proposed.
    @Test func aProposalTakenAndOneSentUp() {
        let body = "Sáng 12/5/2023, Ban Thường vụ Huyện ủy Thanh Chương tổ chức lễ tuyên dương.\n\n"
        let taken = Fixtures.awardLines(title: "Thanh Chương tuyên dương điển hình", body + "Căn cứ đề nghị của Hội đồng Thi đua - Khen thưởng, Ban Thường vụ Huyện ủy quyết định tặng Giấy khen cho 6 tập thể và 9 cá nhân.")
        #expect(taken == ["Ban Thường vụ Huyện ủy Thanh Chương|Giấy khen|6|9|0"], "\(taken)")
        let sentUp = Fixtures.awardLines(title: "Thanh Chương tuyên dương điển hình", body + "Ban Thường vụ Huyện ủy đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 2 tập thể và 3 cá nhân.")
        #expect(sentUp == [], "\(sentUp)")
    }

    /// "Cũng trong năm, Bộ Tư lệnh Quân khu tặng Bằng khen …" in a year's review: the year's awards, not the meeting's.
    @Test func alsoDuringTheYear() {
        let body = "Sáng 15-1-2026, Đảng ủy Quân sự tỉnh Tây Ninh tổ chức hội nghị tổng kết năm 2025.\n\n"
        let year = Fixtures.awardLines(title: "Đảng ủy Quân sự tỉnh tổng kết học tập và làm theo Bác", body + "Cũng trong năm, Bộ Tư lệnh Quân khu 7 tặng Bằng khen cho 3 tập thể, 5 cá nhân. Dịp này, Đảng ủy Quân sự tỉnh tặng Giấy khen cho 9 tập thể, 14 cá nhân.")
        #expect(year == ["Đảng ủy Quân sự tỉnh Tây Ninh|Giấy khen|9|14|0"], "\(year)")
    }

    /// "… được Bộ GD&ĐT lựa chọn tuyên dương tại chương trình … do Bộ tổ chức tối 19/11 tại Hà Nội" at a province's event: the
    /// ministry's occasion. The province's own program, held by the province, is this one.
    @Test func anOccasionTheMinistryHolds() {
        let body = "Sáng 18/11/2025, Sở GD&ĐT tỉnh Gia Lai tổ chức lễ biểu dương nhà giáo tiêu biểu.\n\nDịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 nhà giáo. "
        let ministry = Fixtures.awardLines(title: "Gia Lai biểu dương nhà giáo tiêu biểu", body + "Ngoài ra, 4 nhà giáo của tỉnh được Bộ GD&ĐT lựa chọn tuyên dương tại chương trình gặp mặt do Bộ tổ chức tối 19/11 tại Hà Nội.")
        #expect(ministry == ["Chủ tịch UBND tỉnh Gia Lai|Bằng khen|0|25|0"], "\(ministry)")
        // The province's own command ("Bộ Chỉ huy Quân sự tỉnh") is no ministry.
        let command = Fixtures.awardLines(title: "Gia Lai biểu dương nhà giáo tiêu biểu", body + "Ngoài ra, 4 nhà giáo được Sở GD&ĐT tuyên dương tại chương trình do Bộ Chỉ huy Quân sự tỉnh tổ chức.")
        #expect(command == ["Chủ tịch UBND tỉnh Gia Lai|Bằng khen|0|25|0", "Sở Giáo dục và Đào tạo tỉnh Gia Lai|tuyên dương|0|4|0"], "\(command)")
        let own = Fixtures.awardLines(title: "Gia Lai biểu dương nhà giáo tiêu biểu", body + "Ngoài ra, 4 nhà giáo được Sở GD&ĐT tuyên dương tại chương trình do Sở tổ chức.")
        #expect(own == ["Chủ tịch UBND tỉnh Gia Lai|Bằng khen|0|25|0", "Sở Giáo dục và Đào tạo tỉnh Gia Lai|tuyên dương|0|4|0"], "\(own)")
        // Honoured at a level above the province's, the level said right after the award: elsewhere.
        let central = Fixtures.awardLines(title: "Gia Lai biểu dương nhà giáo tiêu biểu", body + "Nhiều nhà giáo sau khi được tuyên dương đã tiếp tục phấn đấu; 27 nhà giáo đã được tuyên dương cấp Trung ương.")
        #expect(central == ["Chủ tịch UBND tỉnh Gia Lai|Bằng khen|0|25|0"], "\(central)")
    }

    /// "… đã được Giám đốc Sở Y tế tặng Giấy khen tại Lễ kỷ niệm Ngày Thầy thuốc Việt Nam chiều 27/2" at a 28/2 event: that
    /// ceremony's, a day before; the same words with the event's own day are this event's.
    @Test func anotherCeremonyTheDayBefore() {
        let body = "Chiều 28/2/2026, Bệnh viện Nhân dân 115, TP Hồ Chí Minh tổ chức lễ khen thưởng.\n\n"
        let sentence = "Trong số này, 3 cá nhân đã được Giám đốc Sở Y tế tặng Giấy khen tại Lễ kỷ niệm Ngày Thầy thuốc Việt Nam chiều "
        let before = Fixtures.awardLines(title: "Bệnh viện Nhân dân 115 khen thưởng", body + sentence + "27/2.")
        #expect(before == [], "\(before)")
        let same = Fixtures.awardLines(title: "Bệnh viện Nhân dân 115 khen thưởng", body + sentence + "28/2.")
        #expect(same == ["Giám đốc Sở Y tế thành phố Hồ Chí Minh|Giấy khen|0|3|0"], "\(same)")
        // A day with its year is the dates' to judge: "28/2/2026" is not read as 28 January.
        let withYear = Fixtures.awardLines(title: "Bệnh viện Nhân dân 115 khen thưởng", body + sentence + "28/2/2026.")
        #expect(withYear == same, "\(withYear)")
    }

    /// A digest telling several events: an item opening with another day's meeting ("Ngày 16/5, Đảng ủy Khối … tổ chức
    /// hội nghị …", "- Thứ Ba (16/5): Đảng bộ Công ty … tổ chức …") gives that meeting's awards, even after figures over
    /// years ("Sau 10 năm, …"); "Dịp này" after a past award, or a meeting of the event's own day, is the event's.
    @Test func aDigestsOtherDaysMeeting() {
        let lead = "Thứ Hai, 20/05/2024, 06:00\n\nChiều 15/5, Ban Thường vụ Huyện ủy Thanh Chương tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận 01. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 15 tập thể, 20 cá nhân.\n\n"
        let title = "Xây dựng Đảng tuần qua: Thanh Chương sơ kết Kết luận 01"
        let own = ["Ban Thường vụ Huyện ủy Thanh Chương|Giấy khen|15|20|0"]
        let nextDay = Fixtures.awardLines(title: title, lead + "Ngày 16/5, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết 10 năm. Sau 10 năm, Đảng bộ Khối đã kết nạp 643 đảng viên. Tại hội nghị, Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho 9 tập thể, 12 cá nhân.")
        #expect(nextDay == own, "\(nextDay)")
        let item = Fixtures.awardLines(title: title, lead + "- Thứ Năm (16/5): Đảng bộ Công ty Cổ phần Cấp nước tổ chức hội nghị sơ kết. Dịp này, Ban Thường vụ Đảng ủy Công ty tặng Giấy khen cho 6 chi bộ và 15 đảng viên.")
        #expect(item == own, "\(item)")
        let ceremony = Fixtures.awardLines(title: title, lead + "Cũng trong tuần, chiều 17/5, Đảng ủy Trường THPT Thanh Chương 1 đã tổ chức Lễ kỷ niệm ngày sinh Bác. Tại buổi lễ, Đảng ủy Trường tặng Giấy khen cho 8 chi bộ.")
        #expect(ceremony == own, "\(ceremony)")
        let sameDay = Fixtures.awardLines(title: title, lead + "Chiều 15/5, Ban Thường vụ Huyện ủy Thanh Chương tổ chức trao Huy hiệu Đảng. Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể, 7 cá nhân.")
        #expect(sameDay == own + ["Chủ tịch UBND huyện Thanh Chương|Giấy khen|5|7|0"], "\(sameDay)")
        let pastAward = Fixtures.awardLines(title: title, lead + "Năm 2023, huyện có 1 tập thể được Ban Thường vụ Tỉnh ủy tặng Bằng khen. Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể, 7 cá nhân.")
        #expect(pastAward == own + ["Chủ tịch UBND huyện Thanh Chương|Giấy khen|5|7|0"], "\(pastAward)")
    }

    /// "… tặng Giấy khen cho 12 tổ chức … tại hội nghị tổng kết … hồi đầu năm" told in a report: back then, not at this event.
    @Test func aReportOfAnAwardBackThen() {
        let found = Fixtures.awardLines(title: "Đảng ủy Khối các cơ quan tỉnh Cà Mau thông tin chuyên đề", "Sáng 21/4/2022, Đảng ủy Khối các cơ quan tỉnh Cà Mau tổ chức hội nghị thông tin chuyên đề.\n\nTheo báo cáo của Đảng ủy Khối, trong quý I, Đảng ủy Khối đã kết nạp 43 đảng viên mới; tặng Giấy khen cho 12 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ năm 2021 tại hội nghị tổng kết công tác xây dựng Đảng hồi đầu năm.")
        #expect(found == [], "\(found)")
    }

    /// After "Trước đó, ngày 3/6, … đã tổ chức hội nghị sơ kết …", the next sentence goes on about that meeting until it names
    /// this event by its day ("Tại buổi giao lưu sáng 6/6, …") or another day.
    @Test func goingOnAboutAnotherDaysMeeting() {
        let lead = "Thứ Hai, 08/06/2020\n\nSáng thứ Bảy (6/6), Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo (Quảng Trị) tổ chức giao lưu điển hình.\n\n"
        let title = "Đồn Biên phòng Lao Bảo giao lưu điển hình"
        let earlier = "Trước đó, ngày 3/6, Đảng ủy BĐBP tỉnh đã tổ chức hội nghị sơ kết 4 năm thực hiện Chỉ thị số 05-CT/TW. "
        let then = Fixtures.awardLines(title: title, lead + earlier + "Đồn là 1 trong 5 tập thể được Bộ Tư lệnh BĐBP tặng Bằng khen vì thành tích xuất sắc.")
        #expect(then == [], "\(then)")
        let here = Fixtures.awardLines(title: title, lead + earlier + "Tại buổi giao lưu sáng 6/6, Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 2 tập thể và 4 cá nhân.")
        #expect(here == ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|2|4|0"], "\(here)")
    }

    /// "Trước hợp nhất, …" (before the 2025 merger, with or without "khi"): an earlier award.
    @Test func beforeTheMerger() {
        let found = Fixtures.awardLines(title: "Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng tổng kết", "Sáng 18/12/2025, Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng tổ chức hội nghị tổng kết.\n\nNăm 2025, các cấp ủy đã khen thưởng 46 tập thể. Trước hợp nhất, Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh Đắk Nông cũng đã tặng Giấy khen cho 5 tập thể, 9 cá nhân.\n\nDịp này, Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh tặng Giấy khen cho 9 tập thể và 17 cá nhân.")
        #expect(found == ["Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh Lâm Đồng|Giấy khen|9|17|0"], "\(found)")
    }

    /// A day in the award's reason ("… vì có hành động dũng cảm cứu 3 người dân … tối 17/8") is the deed's, not another
    /// occasion's: the award stands. The same day opening the clause is another occasion.
    @Test func aDayInTheAwardsReason() {
        let lead = "Thứ Năm, 22/08/2024\n\n"
        let found = Fixtures.awardLines(title: "Khen thưởng Công an xã Quảng Tân", lead + "Chiều qua (21/8), tại trụ sở Công an xã Quảng Tân (Lâm Đồng), Phó Giám đốc Công an tỉnh đã trao Giấy khen của Giám đốc Công an tỉnh cho 1 tập thể và 2 cá nhân vì có hành động dũng cảm cứu 3 người dân bị nước lũ cuốn trôi tối 17/8.")
        #expect(found == ["Giám đốc Công an tỉnh Lâm Đồng|Giấy khen|1|2|0"], "\(found)")
        let earlier = Fixtures.awardLines(title: "Khen thưởng Công an xã Quảng Tân", lead + "Chiều qua (21/8), Công an tỉnh Lâm Đồng tổ chức lễ khen thưởng tại xã Quảng Tân.\n\nTối 17/8, Giám đốc Công an tỉnh đã tặng Giấy khen cho 1 tập thể và 2 cá nhân.")
        #expect(earlier == [], "\(earlier)")
        // The reason naming an occasion with its day ("… có thành tích xuất sắc tại hội nghị tổng kết ngày 20/12/2023"): that one's.
        let atAnother = Fixtures.awardLines(title: "Công an tỉnh Lâm Đồng sơ kết", "Sáng 5/3/2024, Công an tỉnh Lâm Đồng tổ chức hội nghị sơ kết.\n\nGiám đốc Công an tỉnh tặng Giấy khen cho 5 tập thể có thành tích xuất sắc tại hội nghị tổng kết ngày 20/12/2023.")
        #expect(atAnother == [], "\(atAnother)")
    }
}
