import Testing
@testable import ChronicleKit

/// Days that are not the event, and years a reader infers: written from the family of
/// phrasings, not copied from the seeds.
struct DateRoleTests {
    func event(_ body: String, published: String? = nil) -> EventDate {
        let header = published.map { "Tiêu đề bài viết\n\n\($0)\n\n" } ?? "Tiêu đề bài viết\n\n"
        return Fixtures.extract(header + body).facts.eventDate
    }

    @Test func documentDateIsNotTheEvent() {
        let date = event("Chiều 12-9, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
                         published: "Thứ Ba, 12/9/2023, 18:00 (GMT+7)")
        #expect(date.date?.iso == "2023-09-12")
        #expect(date.evidence == "Chiều 12-9")
        // Right after a document's number, a day with a time of day is the event's, not the document's.
        let after = event("Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, sáng ngày 28 tháng 11 năm 2024, Ban Thường vụ Huyện ủy Thọ Xuân tổ chức chương trình giao lưu các điển hình tiên tiến.",
                          published: "Ngày đăng: 29/11/2024 | 09:03")
        #expect(after.date?.iso == "2024-11-28")
    }

    /// "Ngày 4/3, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 62-KH/HU …. Để triển khai kế hoạch, sáng nay, …": the day a
    /// document was issued; the event is "sáng nay", after a short opening phrase, counted from the publication day.
    @Test func theDayADocumentWasIssued() {
        let issued = event("BKT - Ngày 4/3, Ban Thường vụ Huyện ủy Đắk Hà ban hành Kế hoạch số 62-KH/HU về học tập và làm theo Bác năm 2022. Để triển khai kế hoạch, sáng nay, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Chuyên đề năm 2022.",
                           published: "09/03/2022 15:20")
        #expect(issued.date?.iso == "2022-03-09")
        #expect(issued.evidence == "sáng nay")
        // A day whose clause holds the event is the event's, though a document is issued later in the sentence.
        let held = event("Ngày 4/3, Ban Thường vụ Huyện ủy Đắk Hà tổ chức hội nghị quán triệt và ban hành Kế hoạch số 62-KH/HU.",
                         published: "09/03/2022 15:20")
        #expect(held.date?.iso == "2022-03-04")
        // Two issuers are still a document's day; a sitting that issues a resolution is the event.
        let joint = event("Ngày 4/3, Ban Thường vụ Huyện ủy và UBND huyện ban hành Kế hoạch liên tịch số 5-KHLT. Để triển khai kế hoạch, sáng nay, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt.",
                          published: "09/03/2022 15:20")
        #expect(joint.date?.iso == "2022-03-09")
        let sitting = event("Chiều 4/3, HĐND huyện Đắk Hà họp kỳ họp chuyên đề, ban hành Nghị quyết về học tập và làm theo Bác.",
                            published: "09/03/2022 15:20")
        #expect(sitting.date?.iso == "2022-03-04")
        // Only a phrase of purpose may stand before the day: "Trước đó, chiều qua, …" tells what came before.
        let before = event("Ban Thường vụ Huyện ủy Đắk Hà vừa tổ chức hội nghị quán triệt Chuyên đề năm 2022. Trước đó, chiều qua, Ban Tổ chức đã tổng duyệt chương trình.",
                           published: "09/03/2022 15:20")
        #expect(before.date == nil)
        #expect(before.undatedEstimate == "2022")
    }

    /// "Sáng nay, … tổ chức buổi lễ biểu dương cô giáo A, vì đã … trong đêm 17/10": the day opening the sentence before the verb of
    /// holding is the event's; the one after it tells the deed. A day the sentence opens with stays the event's.
    @Test func aDayCountedFromPublicationBeforeTheHolding() {
        let deed = event("QTO - Sáng nay, Ban Thường vụ Huyện ủy Hướng Hóa tổ chức buổi lễ biểu dương cô giáo Hồ Thị Ngọc vì đã dũng cảm lội nước lũ, đưa 7 cháu mẫu giáo đến nơi an toàn trong đêm 17/10.",
                         published: "Thứ Hai, 26/10/2020 - 15:40")
        #expect(deed.date?.iso == "2020-10-26")
        let dated = event("QTO - Sáng 24/10, Ban Thường vụ Huyện ủy Hướng Hóa tổ chức buổi lễ biểu dương cô giáo Hồ Thị Ngọc vì đã dũng cảm lội nước lũ trong đêm 17/10.",
                          published: "Thứ Hai, 26/10/2020 - 15:40")
        #expect(dated.date?.iso == "2020-10-24")
        // The day is the one opening the sentence that holds the event, not an earlier one in the paragraph.
        let visit = event("QTO - Chiều qua, đoàn công tác đã thăm gia đình cô giáo Hồ Thị Ngọc. Sáng nay, Ban Thường vụ Huyện ủy Hướng Hóa tổ chức buổi lễ biểu dương cô giáo vì đã dũng cảm lội nước lũ trong đêm 17/10.",
                          published: "Thứ Hai, 26/10/2020 - 15:40")
        #expect(visit.date?.iso == "2020-10-26")
    }

    /// Months as words: "ngày 29 tháng Mười Hai vừa qua", published in January, is the December before.
    @Test func aMonthWrittenAsAWord() {
        let date = event("(Baonghean.vn) - Sáng thứ Hai, ngày 29 tháng Mười Hai vừa qua, Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị thông tin chuyên đề.",
                         published: "Thứ Hai, 05/01/2026 - 07:30")
        #expect(date.date?.iso == "2025-12-29")
    }

    /// A preparatory meeting's day, then the event's in the next clause of the lead.
    @Test func theDayOfTheClauseThatHoldsTheEvent() {
        let date = event("Ngày 8/6, Ban Thường vụ Huyện ủy Chợ Gạo họp thống nhất danh sách các tập thể, cá nhân điển hình; sáng 10/6, Ban Thường vụ Huyện ủy tổ chức Lễ biểu dương.",
                         published: "Thứ Bảy, 11/06/2022, 07:40 (GMT+7)")
        #expect(date.date?.iso == "2022-06-10")
    }

    /// The honours are for 2021; the anniversary the ceremony marks is 1931 + 91 = 2022.
    @Test func theYearOfTheAnniversaryMarked() {
        let date = event("Tối 26/3, Ban Thường vụ Huyện đoàn Yên Phong tổ chức Lễ khen thưởng các tập thể, cá nhân tiêu biểu năm 2021, nhân kỷ niệm 91 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.")
        #expect(date.date?.iso == "2022-03-26")
        #expect(date.yearInferredFrom?.contains("1931 + 91") == true)
    }

    /// "… tổ chức vào thứ Năm tuần trước." holds the event, over "Trước đó, ngày 28/5, …" in the paragraph after a lead
    /// that names no day.
    @Test func aWeekdayCountedBackAfterVàoHoldsTheEvent() {
        let date = event("Nhiều mô hình học tập và làm theo Bác đã lan tỏa ở Chư Sê.\n\nNhận định trên được đưa ra tại hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW do Ban Thường vụ Huyện ủy Chư Sê tổ chức vào thứ Năm tuần trước. Trước đó, ngày 28/5, Ban Tuyên giáo Huyện ủy đã thành lập 3 đoàn khảo sát.", published: "Thứ Hai, 10/06/2024 05:30")
        #expect(date.date?.iso == "2024-06-06")
        let morning = event("Nhiều mô hình đã lan tỏa.\n\nHội nghị do Ban Thường vụ Huyện ủy Chư Sê tổ chức vào sáng thứ Năm tuần trước, tại TP. Pleiku. Trước đó, ngày 28/5, Ban Tuyên giáo Huyện ủy đã thành lập 3 đoàn khảo sát.", published: "Thứ Hai, 10/06/2024 05:30")
        #expect(morning.date?.iso == "2024-06-06")
        // "Sáng hôm sau, …" after a lead day whose sentence holds no event (a meeting to prepare it): the day after.
        let nextDay = event("Chiều 18/4, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh họp phiên thường kỳ, cho ý kiến vào dự thảo báo cáo sơ kết. Sáng hôm sau, hội nghị sơ kết được tổ chức tại hội trường Đảng ủy Khối.", published: "Thứ Năm, 20/04/2023 08:00")
        #expect(nextDay.date?.iso == "2023-04-19")
        // A title giving the day with its year, posted days later under "Sáng nay, …": the title's day.
        let titled = Fixtures.extract("Huyện ủy Hòa Vang quán triệt Chuyên đề năm 2018 (22/3/2018)\n\nNgày đăng: 26/03/2018\n\nSáng nay, Ban Thường vụ Huyện ủy Hòa Vang tổ chức Hội nghị học tập, quán triệt Chuyên đề năm 2018.").facts.eventDate
        #expect(titled.date?.iso == "2018-03-22")
        // After the occasion's dates closing the sentence's opening: "… (20/10/1930 - 20/10/2022), sáng thứ Ba vừa qua, …".
        let afterOccasion = event("Chào mừng 92 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2022), sáng thứ Ba vừa qua, tại Hội trường Bộ Tư lệnh Quân khu 2, Ban Phụ nữ Quân khu 2 tổ chức giao lưu điển hình.", published: "Thứ Năm, 20/10/2022 - 06:45")
        #expect(afterOccasion.date?.iso == "2022-10-18")
    }

    /// A weekday alone, opening the lead before a comma or in a sentence reporting the event before a place: the latest
    /// such day before publication.
    @Test func aWeekdayAloneIsTheLatestBeforePublication() {
        let lead = event("Sáng thứ Bảy, Huyện ủy Krông Pắc tổ chức Lễ tuyên dương điển hình tiên tiến.", published: "Thứ Hai, 27/11/2023 08:05")
        #expect(lead.date?.iso == "2023-11-25")
        let later = event("Cuối tuần qua, Huyện ủy Krông Pắc tổ chức Lễ tuyên dương điển hình tiên tiến.\n\nBuổi lễ diễn ra vào sáng thứ Bảy tại Hội trường Trung tâm Chính trị huyện.",
                          published: "Thứ Hai, 27/11/2023 08:05")
        #expect(later.date?.iso == "2023-11-25")
        // With its day written, the day counts, not the latest such weekday (12/8 here).
        let written = event("Thứ Bảy (ngày 5/8), Trường Chính trị tỉnh tổ chức hội thảo khoa học.", published: "Thứ Hai, 14/08/2023 09:18")
        #expect(written.date?.iso == "2023-08-05")
        // With no time of day it is an ordinal ("Thứ hai, …": secondly); before another day, a list of days.
        #expect(event("Thứ hai, cần tổ chức tốt các hội nghị học tập chuyên đề.", published: "Thứ Ba, 05/03/2024 09:15").date == nil)
        #expect(event("Câu lạc bộ sinh hoạt vào sáng thứ Bảy, Chủ nhật hằng tuần tại nhà văn hóa.", published: "Thứ Ba, 05/03/2024 09:15").date == nil)
        // "Sáng thứ Hai đầu tuần, …" in a Tuesday's post: this week's Monday.
        let thisWeek = event("Sáng thứ Hai đầu tuần, trong buổi chào cờ, Trường THCS Lý Tự Trọng tổ chức lễ khen thưởng hai học sinh.", published: "Thứ Ba, 19/03/2024 - 15:42")
        #expect(thisWeek.date?.iso == "2024-03-18")
    }

    /// "Tháng cao điểm Dân vận (từ ngày 01/10 đến ngày 31/10/2025)": a campaign's month, neither end of it the event's day.
    @Test func neitherEndOfASpanOfWeeks() {
        let article = Fixtures.extract("Biểu dương Dân vận khéo\n\nHưởng ứng Tháng cao điểm Dân vận (từ ngày 01/10 đến ngày 31/10/2025), vừa qua, Đảng ủy phường Bà Rịa tổ chức Hội nghị biểu dương điển hình “Dân vận khéo” năm 2025.")
        #expect(article.facts.eventDate.date == nil)
        #expect(article.facts.eventDate.undatedEstimate == "2025")
        #expect(article.facts.referenceDates.map(\.role) == [.since, .until])
        // A span of days is the event's: its first day.
        let days = Fixtures.extract("Hội thi tuyên truyền viên\n\nTừ ngày 12/7 đến ngày 14/7/2023, Tỉnh đoàn Cà Mau tổ chức Hội thi tuyên truyền viên giỏi.")
        #expect(days.facts.eventDate.date?.iso == "2023-07-12")
    }

    /// "… tại cuộc họp Ban Tổ chức ngày 6/9, ngày 19/9, Ban Tuyên giáo Tỉnh ủy … tổ chức Hội thảo": the last day before the
    /// verb of holding.
    @Test func ofDaysSharingTheClauseTheLastBeforeTheVerbOfHolding() {
        let date = event("Thực hiện Kế hoạch số 142-KH/TU ngày 20/2/2023 của Ban Thường vụ Tỉnh ủy, và trên cơ sở thống nhất tại cuộc họp Ban Tổ chức ngày 6/9, ngày 19/9, Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Trường Chính trị tỉnh tổ chức Hội thảo khoa học.", published: "Thứ Tư, 20/09/2023 07:15")
        #expect(date.date?.iso == "2023-09-19")
    }

    /// "Sáng qua, …" holding the event after a sapo, over a day of a later paragraph; a lead day that holds no event ("Sau
    /// phiên họp ngày 6/5 …") gives way to the paragraph after's that does; far below, "Lễ tuyên dương được tổ chức vào sáng
    /// 26/1" dates a lead that says only "Vừa qua".
    @Test func relativeDaysAfterASapoHeldDaysAndADayFarBelow() {
        let yesterday = event("(Baohaiduong.vn) - Do ảnh hưởng của dịch Covid-19, hội nghị học tập chuyên đề năm 2020 đã được lùi lại.\n\nSáng qua, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị trực tuyến học tập chuyên đề năm 2020.\n\nTrước đó, ngày 16 và 17/6, Đảng ủy Khối tổ chức hội nghị báo cáo viên.", published: "Thứ Sáu, 03/07/2020 08:15")
        #expect(yesterday.date?.iso == "2020-07-02")
        let held = event("Sau phiên họp ngày 6/5 của Ban Chỉ đạo, Tỉnh ủy Lào Cai đã hoàn thiện báo cáo sơ kết 3 năm.\n\nHội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW do Ban Thường vụ Tỉnh ủy tổ chức sáng 14/5, theo hình thức trực tuyến.", published: "Thứ Ba, 14/05/2019 15:40")
        #expect(held.date?.iso == "2019-05-14")
        let below = event("Vừa qua, Đảng ủy xã Trường Hà tổ chức lễ tuyên dương các tập thể, cá nhân điển hình tiên tiến.\n\nĐảng bộ xã có 12 chi bộ.\n\nCác điển hình đều là những người gương mẫu.\n\nNhiều mô hình đã được nhân rộng.\n\nLễ tuyên dương được tổ chức vào sáng 26/1, đúng ngày Đại hội XIII của Đảng khai mạc (Đại hội diễn ra từ ngày 25/1 đến 1/2/2021).")
        #expect(below.date?.iso == "2021-01-26")
    }

    /// "Vừa qua, … tổ chức hội thảo" and, far below, "Phát biểu bế mạc hội thảo diễn ra chiều 12.7, …": the event took place
    /// that day. A day far below that no event took place on ("Chiều 12.7, các đại biểu đi thăm mô hình") leaves it undated.
    @Test func aDayFarBelowTheEventTookPlaceOn() {
        let lead = "Vừa qua, Trường Chính trị tỉnh Tây Ninh tổ chức hội thảo về nêu gương.\n\nHội thảo nhận được 32 tham luận.\n\nCác tham luận làm rõ quan điểm của Chủ tịch Hồ Chí Minh.\n\nNhiều ý kiến chỉ ra những hạn chế ở cơ sở.\n\n"
        let tookPlace = event(lead + "Phát biểu bế mạc hội thảo diễn ra chiều 12.7, Hiệu trưởng Trường Chính trị tỉnh cho biết các ý kiến sẽ được tổng hợp.",
                              published: "Thứ sáu, 14/07/2023 10:20 (GMT+7)")
        #expect(tookPlace.date?.iso == "2023-07-12", "\(String(describing: tookPlace))")
        let visit = event(lead + "Chiều 12.7, các đại biểu đi thăm mô hình dân vận khéo ở xã Thanh Điền.", published: "Thứ sáu, 14/07/2023 10:20 (GMT+7)")
        #expect(visit.date == nil, "\(String(describing: visit))")
    }

    /// "Hội nghị diễn ra trong ngày 11/7" far below: the event, named bare, took place then; "Hội nghị Ban Chấp hành Đảng bộ tỉnh
    /// lần thứ 15 diễn ra sáng 10.7" is another. "sáng 19/5 tới, … sẽ tổ chức dâng hương …" is to come, and a year of history in
    /// its sentence ("năm 1954") is no year for a day.
    @Test func daysFarBelowThatAreOtherEventsOrPlans() {
        let lead = "Vừa qua, Huyện ủy Văn Yên tổ chức hội nghị sơ kết 2 năm thực hiện Kết luận 01.\n\nBáo cáo nêu nhiều kết quả.\n\nCác chi bộ đã đăng ký mô hình.\n\nNhiều đảng viên gương mẫu.\n\n"
        let held = event(lead + "Hội nghị diễn ra trong ngày 11/7, với sự tham dự của 150 đại biểu.", published: "Thứ Năm, 13/07/2023 08:00")
        #expect(held.date?.iso == "2023-07-11", "\(String(describing: held))")
        let other = event(lead + "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 diễn ra sáng 10.7 đã thống nhất nhiều nội dung.", published: "Thứ Năm, 13/07/2023 08:00")
        #expect(other.date == nil, "\(String(describing: other))")
        let plan = Fixtures.extract("Báo Phú Thọ điện tử\nTrang chủ  Tin tức  Chính trị  Kinh tế  Xã hội\nThứ Hai, 18/05/2020 | 10:05 GMT+7\nChính trị\nHội thảo về đạo đức cách mạng\nA  A  A\n\nBaophutho.vn - Sáng thứ Sáu vừa qua, Ban Tuyên giáo Tỉnh ủy tổ chức Hội thảo.\n\nBáo cáo nêu nhiều kết quả.\n\nCác tham luận làm rõ nhiều vấn đề.\n\nNhiều ý kiến tâm huyết.\n\nCũng trong dịp kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh, sáng 19/5 tới, Tỉnh ủy sẽ tổ chức dâng hương tại Đền Hùng, nơi Bác Hồ nói chuyện với cán bộ, chiến sĩ năm 1954.").facts.eventDate
        #expect(plan.date == nil, "\(String(describing: plan))")
    }

    /// "chào mừng thành công Đại hội đại biểu Đảng bộ tỉnh …, nhiệm kỳ 2020 - 2025": a congress the event greets gives no year.
    @Test func aCongressTheEventGreetsGivesNoYear() {
        let date = event("Chiều 22-1, Ban Thường vụ Thành ủy Dĩ An tổ chức Lễ tuyên dương, chào mừng thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025.", published: "Thứ Bảy, 23/01/2021 05:30")
        #expect(date.date?.iso == "2021-01-22")
    }

    /// "sơ kết 3 năm (2021 - 2024) thực hiện Kết luận số 01-KL/TW ngày 18/5/2021": the span between does not hide the count.
    @Test func yearsOfImplementationPastASpanInParentheses() {
        let date = event("Ngày 27/6, Tỉnh ủy Lào Cai tổ chức Hội nghị sơ kết 3 năm (2021 - 2024) thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. Ngày 17/5/2023, tỉnh đã biểu dương 99 điển hình.")
        #expect(date.date?.iso == "2024-06-27")
    }

    /// "Đại hội Thi đua yêu nước huyện lần thứ V (2020-2025)" opens its term: held in 2020, not the latest year named.
    @Test func aCongressOpeningATermIsHeldInItsFirstYear() {
        let date = event("(Baothanhhoa.vn) - Ngày 16/7, UBND huyện Thọ Xuân tổ chức Đại hội Thi đua yêu nước huyện lần thứ V (2020-2025). Giai đoạn 2015-2020, phong trào thi đua được triển khai sâu rộng.")
        #expect(date.date?.iso == "2020-07-16")
        #expect(date.yearInferredFrom?.contains("2020-2025") == true)
    }

    /// "từ ngày 1/7/2025 là …" starts a state that goes on; "từ ngày 12/7 đến 14/7" is the event's span.
    @Test func aDayASinceStartsIsNotTheEvent() {
        let since = event("Đảng ủy phường Rạch Giá vừa tổ chức hội nghị sơ kết. Phường được thành lập trên cơ sở sắp xếp một số phường; từ ngày 1/7/2025 là phường trung tâm của tỉnh An Giang.")
        #expect(since.date == nil)
        let span = event("Từ ngày 12/7/2024 đến ngày 14/7/2024, Trường Chính trị tỉnh tổ chức lớp bồi dưỡng chuyên đề.")
        #expect(span.date?.iso == "2024-07-12")
    }

    /// "(19-5-1890 / 19-5-2024)": an anniversary whose two dates a slash joins gives the year.
    @Test func anAnniversaryJoinedByASlash() {
        let date = event("Ngày 17-5, Bộ CHQS tỉnh tổ chức giao lưu điển hình, chào mừng kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19-5-1890 / 19-5-2024). Từ năm 2021, đơn vị đã khen thưởng nhiều điển hình.")
        #expect(date.date?.iso == "2024-05-17")
    }

    /// "tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW … và triển khai Kết luận số 01-KL/TW ngày 18/5/2021": not 2026.
    @Test func yearsOfImplementationCountFromTheDocumentRightAfter() {
        let date = event("(TG) - Sáng 9/6, Ban Thường vụ Đảng ủy Khối tổ chức hội nghị trực tuyến tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.")
        #expect(date.date?.year != 2026)
    }

    @Test func theFirstDayOfAListOfDays() {
        let date = event("(HBĐT) - Trong 2 ngày 14 và 15/3, Đảng ủy Công ty CP Đầu tư và Xây dựng Mường Bi tổ chức hội nghị thông tin chuyên đề.",
                         published: "16/03/2023 09:15")
        #expect(date.date?.iso == "2023-03-14")
    }

    @Test func aDayWrittenWithMồngAndAWeekdayOfTheWeekBefore() {
        let mồng = event("Sáng ngày mồng 5 tháng 3, Ban Thường vụ Thành ủy Việt Trì tổ chức hội nghị tổng kết.", published: "Thứ Bảy, 06/03/2021, 09:05 [GMT+7]")
        #expect(mồng.date?.iso == "2021-03-05")
        let friday = event("Chiều thứ Sáu tuần trước, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội thảo về học tập và làm theo Bác.", published: "Thứ Hai, 13/11/2023 07:45")
        #expect(friday.date?.iso == "2023-11-10")
        let recent = event("Thứ Sáu vừa qua, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội thảo về học tập và làm theo Bác.", published: "Thứ Tư, 15/11/2023 07:45")
        #expect(recent.date?.iso == "2023-11-10")
        let weekend = event("Sáng thứ Bảy cuối tuần qua, Tỉnh ủy Phú Yên tổ chức lễ tuyên dương điển hình học tập và làm theo Bác.", published: "Thứ Hai, 24/03/2025 06:45")
        #expect(weekend.date?.iso == "2025-03-22")
        // This week's, after a tag and a dash; a weekday of this week still to come is no day reported.
        let thisWeek = event("(BL) - Sáng thứ Hai đầu tuần này, Trường THCS Lê Thị Riêng tổ chức tuyên dương học sinh.", published: "Thứ Tư, 15/03/2023 | 10:26")
        #expect(thisWeek.date?.iso == "2023-03-13")
        let toCome = event("Sáng thứ Sáu tuần này, Trường THCS Lê Thị Riêng tổ chức tuyên dương học sinh.", published: "Thứ Tư, 15/03/2023 | 10:26")
        #expect(toCome.date == nil)
        // The week said between the weekday and its date: the date, over a rehearsal's the day before.
        let dated = event("Tối thứ Bảy tuần trước (5-8), Thành ủy Thủ Dầu Một tổ chức chương trình giao lưu điển hình tiên tiến.\n\nĐể chương trình diễn ra thành công, chiều 4-8, Ban tổ chức đã tổng duyệt toàn bộ chương trình.", published: "Thứ Bảy, 12/08/2023 08:05")
        #expect(dated.date?.iso == "2023-08-05")
        #expect(dated.evidence == "Tối thứ Bảy tuần trước (5-8)")
    }

    /// Far down, "Hội nghị diễn ra trong buổi sáng 8/4" dates a lead saying only "vừa tổ chức"; "Sau vòng sơ khảo diễn ra từ ngày 8
    /// đến 12/8, …" opens with another event's days, and the final's "tối 24/8" is the event's.
    @Test func aDayFarDownAndTheDaysOfAnEventBefore() {
        let far = event("Ban Tuyên giáo Tỉnh ủy vừa tổ chức hội nghị quán triệt Chuyên đề năm 2022.\n\nHội nghị quán triệt những nội dung cơ bản.\n\nCác đại biểu thảo luận.\n\nCác điểm cầu được kiểm tra từ chiều 7/4.\n\nHội nghị diễn ra trong buổi sáng 8/4, theo hình thức trực tuyến.",
                        published: "Thứ Bảy, 09/04/2022 15:48")
        #expect(far.date?.iso == "2022-04-08")
        let final = event("Huyện ủy Lâm Hà tổ chức Hội thi báo cáo viên giỏi năm 2022.\n\nSau vòng sơ khảo diễn ra từ ngày 8 đến 12/8 với sự tham gia của 25 đội thi, Ban Tổ chức đã chọn 6 đội vào vòng chung kết, diễn ra tối 24/8 tại Nhà Văn hóa Trung tâm huyện.",
                          published: "Thứ Năm, 25/08/2022 07:30")
        #expect(final.date?.iso == "2022-08-24")
        // "Trước hội nghị của huyện, đến ngày 15/8, …" tells what came first.
        let before = event("Vừa qua, Huyện ủy Cẩm Xuyên tổ chức hội nghị sơ kết 2 năm thực hiện Kết luận 01-KL/TW.\n\nTrước hội nghị của huyện, đến ngày 15/8, 100% tổ chức cơ sở đảng đã hoàn thành việc sơ kết.\n\nCác đại biểu thảo luận.\n\nCác ý kiến tập trung vào giải pháp.\n\nHội nghị diễn ra vào sáng 22/8 tại hội trường Huyện ủy.",
                           published: "Cập nhật ngày: 28/08/2023 08:12")
        #expect(before.date?.iso == "2023-08-22")
        // "(VLO) Sáng thứ Sáu, …": a weekday after the paper's tag, counted back.
        let tagged = event("(VLO) Sáng thứ Sáu, UBND huyện Tam Bình long trọng tổ chức Đại hội Thi đua yêu nước lần thứ V.", published: "Chủ nhật, 11/10/2020 06:44")
        #expect(tagged.date?.iso == "2020-10-09")
        #expect(tagged.evidence == "Sáng thứ Sáu")
        // "Theo kế hoạch, … ngày 13/10, tuy nhiên … lùi …" is a plan, "(hạn gửi bài ngày 30/9)" a deadline, and "Hội nghị sơ kết diễn ra vào
        // sáng 24-5" the event named by its kind.
        let planned = event("Đó là nội dung của hội thảo khoa học do Trường Chính trị Trần Phú tổ chức.\n\nTheo kế hoạch, hội thảo được tổ chức vào ngày 13/10, tuy nhiên Ban Tổ chức đã lùi thời gian tổ chức. Sau gần 2 tháng phát động (hạn gửi bài ngày 30/9), Ban Tổ chức đã nhận được 46 tham luận.\n\nCác tham luận tập trung vào giải pháp.\n\nHội thảo diễn ra trong buổi sáng 20/10 tại Hội trường Trường Chính trị Trần Phú.",
                            published: "21/10/2023 - 10:15")
        #expect(planned.date?.iso == "2023-10-20")
        let named = event("Đảng ủy Khối Doanh nghiệp thành phố vừa tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận 01-KL/TW.\n\nViệc nêu gương được chú trọng.\n\nCác ý kiến thảo luận sôi nổi.\n\nĐồng chí Bí thư phát biểu chỉ đạo.\n\nTrước đó, ngày 21-5, Ban Thường vụ Đảng ủy Khối đã họp. Hội nghị sơ kết diễn ra vào sáng 24-5, tại hội trường Đảng ủy Khối.",
                          published: "Cập nhật: Thứ Hai, 27/05/2024 - 05:58")
        #expect(named.date?.iso == "2024-05-24")
        // "Sau khi khai mạc vào sáng 14/6, …" names no other event.
        let opening = event("Sau khi khai mạc vào sáng 14/6 Đại hội thi đua yêu nước huyện lần thứ V đã thảo luận các văn kiện.", published: "Thứ Hai, 16/06/2025 07:30")
        #expect(opening.date?.iso == "2025-06-14")
    }

    /// Under "Can Lộc tuyên dương …", after a sapo: an earlier conference's day ("Ngày 3/6 vừa qua, Huyện ủy … tổ chức hội nghị tổng
    /// kết …") gives way to the day of the ceremony the title names, far down. A conference that also honours keeps its day.
    @Test func theDayOfTheEventTheTitleNames() {
        let body = "(Baohatinh.vn) - 5 năm thực hiện Chỉ thị 05-CT/TW, nhiều mô hình hay đã lan tỏa ở Can Lộc.\n\nNgày 3/6 vừa qua, Huyện ủy Can Lộc đã tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW%@\n\nĐồng chí Bí thư Huyện ủy phát biểu.\n\nCác đại biểu dự hội nghị.\n\nBuổi lễ tuyên dương được Ban Thường vụ Huyện ủy Can Lộc tổ chức sáng 14/6, tại Hội trường Huyện ủy."
        let ceremony = Fixtures.extract("Can Lộc tuyên dương 45 tập thể, cá nhân điển hình\n\nThứ Tư, 16/06/2021\n\n" + body.replacingOccurrences(of: "%@", with: ".")).facts.eventDate
        #expect(ceremony.date?.iso == "2021-06-14")
        let both = Fixtures.extract("Can Lộc tuyên dương 45 tập thể, cá nhân điển hình\n\nThứ Tư, 16/06/2021\n\n" + body.replacingOccurrences(of: "%@", with: " và tuyên dương 45 tập thể, cá nhân.")).facts.eventDate
        #expect(both.date?.iso == "2021-06-03")
    }

    /// A title saying the day with its time ("Sáng 21/7, Tỉnh ủy quán triệt …") over a lead's "Sáng nay" under an update line two
    /// days later: the title's day. Without its time, the title's day gives way to the lead's "Sáng nay".
    @Test func aTitlesDayWithItsTimeOverTodayUnderAnUpdateLine() {
        let lead = "\n\nNgày cập nhật 23/07/2021\n\nSáng nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt Kết luận số 01-KL/TW của Bộ Chính trị."
        #expect(Fixtures.extract("Sáng 21/7, Tỉnh ủy quán triệt Kết luận số 01-KL/TW" + lead).facts.eventDate.date?.iso == "2021-07-21")
        #expect(Fixtures.extract("Tỉnh ủy quán triệt Kết luận số 01-KL/TW" + lead).facts.eventDate.date?.iso == "2021-07-23")
    }

    /// "nhằm ngày 19 tháng Chạp năm Quý Mão" names the day just given in the lunar calendar: not the event.
    @Test func theLunarNameOfTheDay() {
        let date = event("Sáng 29-1, nhằm ngày 19 tháng Chạp năm Quý Mão, Ban Thường vụ Huyện ủy Yên Sơn tổ chức hội nghị quán triệt chuyên đề năm 2024.", published: "Thứ Ba, 30/01/2024 08:00")
        #expect(date.date?.iso == "2024-01-29")
        #expect(date.evidence == "Sáng 29-1")
    }

    /// "Sáng 17 tháng Năm": a month named in words after a time of day, the year from the anniversary beside it; without
    /// the time of day or "ngày", "17 tháng Năm" is no date.
    @Test func aMonthInWordsAfterATimeOfDay() {
        let named = event("Sáng 17 tháng Năm, Ban Thường vụ Huyện ủy Cư M'gar tổ chức lễ tuyên dương điển hình, nhân kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2024).")
        #expect(named.date?.iso == "2024-05-17")
        #expect(named.evidence == "Sáng 17 tháng Năm")
        let bare = event("Có 17 tháng Năm đáng nhớ, Ban Thường vụ Huyện ủy Cư M'gar tổ chức lễ tuyên dương điển hình năm 2024.")
        #expect(bare.date == nil)
    }

    /// "Chiều hai mươi mốt tháng Sáu": a day in words before its month, with nothing else in digits; the year from the
    /// publication line. Words that count months ("sau hai tháng") are no day.
    @Test func aDayInWords() {
        let named = event("(QNO) - Chiều hai mươi mốt tháng Sáu, Trường Chính trị tỉnh Quảng Nam tổ chức hội thảo khoa học về nêu gương.",
                          published: "Thứ Năm, 23/06/2022 06:30")
        #expect(named.date?.iso == "2022-06-21")
        #expect(named.evidence == "Chiều hai mươi mốt tháng Sáu")
        let mồng = event("Sáng mồng năm tháng Ba, Huyện ủy Cẩm Xuyên tổ chức hội nghị quán triệt chuyên đề.", published: "06/03/2023 10:00")
        #expect(mồng.date?.iso == "2023-03-05")
        let counted = event("Sau hai tháng thực hiện, Huyện ủy Cẩm Xuyên tổ chức hội nghị sơ kết chuyên đề.", published: "06/03/2023 10:00")
        #expect(counted.date == nil)
    }

    /// Lunar days: "mùng 10 tháng Giêng năm Giáp Thìn" and "mồng 6 Tết" count from the lunar new year (10/2/2024), the
    /// year named or from the publication line; "ngày 19 tháng Chạp", its year not named, is of the last Chạp before the
    /// report, which may have begun in January (29/1/2024) or in December (31/12/2022 in a report of 3/1/2023).
    @Test func daysOfTheLunarCalendar() {
        let named = event("Sáng mùng 10 tháng Giêng năm Giáp Thìn, Ban Thường vụ Huyện ủy Yên Sơn tổ chức hội nghị quán triệt chuyên đề năm 2024.")
        #expect(named.date?.iso == "2024-02-19")
        let tết = event("Sáng mồng 6 Tết, Thành ủy Cẩm Phả tổ chức hội nghị quán triệt chuyên đề năm 2024.", published: "Thứ Năm, 15/02/2024 - 17:40")
        #expect(tết.date?.iso == "2024-02-15")
        #expect(tết.evidence == "Sáng mồng 6 Tết")
        let lastMonth = event("Sáng ngày 19 tháng Chạp, Thành ủy Cẩm Phả tổ chức hội nghị tổng kết năm 2023.", published: "Thứ Hai, 29/01/2024 - 17:40")
        #expect(lastMonth.date?.iso == "2024-01-29")
        #expect(lastMonth.evidence == "Sáng ngày 19 tháng Chạp")
        let december = event("Sáng 9 tháng Chạp, Thành ủy Cẩm Phả tổ chức hội nghị tổng kết năm 2022.", published: "Thứ Ba, 03/01/2023 - 17:40")
        #expect(december.date?.iso == "2022-12-31")
        // The event's own day, not another's: its awards stay.
        let awarded = Fixtures.awardLines(title: "Cẩm Phả tổng kết", "Thứ Ba, 03/01/2023 - 17:40\n\nSáng 9 tháng Chạp, Thành ủy Cẩm Phả tổ chức hội nghị tổng kết năm 2022, tặng Giấy khen cho 5 tập thể, 8 cá nhân.")
        #expect(awarded == ["Thành ủy Cẩm Phả|Giấy khen|5|8|0"], "\(awarded)")
    }

    /// The last lunar month with its year named ("21 tháng Chạp năm Nhâm Dần") counts from that month's first day
    /// (23/12/2022); a day named ("ngày Rằm tháng Giêng") is the 15th. A poem's title ("Rằm tháng Giêng", with no day
    /// word) and a named day of a month in digits ("Rằm tháng 7", lunar) are no solar days.
    @Test func namedLunarDaysAndTheLastMonth() {
        let chạp = event("BP - Chiều 21 tháng Chạp năm Nhâm Dần, Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang tổ chức lễ tuyên dương điển hình tiên tiến.",
                         published: "Thứ Sáu, 13/01/2023 - 09:15")
        #expect(chạp.date?.iso == "2023-01-12")
        #expect(chạp.evidence == "Chiều 21 tháng Chạp năm Nhâm Dần")
        let rằm = event("Đúng vào ngày Rằm tháng Giêng năm Giáp Thìn, Cục Chính trị Quân khu 5 tổ chức chương trình giao lưu điển hình tiên tiến.",
                        published: "25/02/2024 10:00")
        #expect(rằm.date?.iso == "2024-02-24")
        let poem = event("Cục Chính trị Quân khu 5 tổ chức giao lưu điển hình; tiết mục ngâm thơ “Rằm tháng Giêng” được khán giả yêu thích.",
                         published: "25/02/2024 10:00")
        #expect(poem.date == nil)
        let vuLan = event("Tối ngày Rằm tháng 7, Ban Dân vận Huyện ủy tổ chức giao lưu điển hình dân vận khéo.", published: "20/08/2024 10:00")
        #expect(vuLan.date == nil, "a named day of a lunar month in digits is no solar day: \(String(describing: vuLan.date))")
    }

    /// The last lunar month may begin in December ("ngày 1 tháng Chạp năm Giáp Thìn" = 31/12/2024) and have 29 days (its 30th,
    /// in a year whose Tết comes after 29, is none); a list of its days starts at the first ("ngày 20 và ngày 21 tháng Chạp năm
    /// Quý Mão" = 30/1/2024); a year the table does not reach names no solar day.
    @Test func daysOfTheLastLunarMonth() {
        let held = "Ban Thường vụ Thành ủy Cẩm Phả tổ chức hội nghị tổng kết năm."
        #expect(event("Sáng ngày 1 tháng Chạp năm Giáp Thìn, " + held, published: "02/01/2025 10:00").date?.iso == "2024-12-31")
        #expect(event("Sáng ngày 30 tháng Chạp năm Giáp Thìn, " + held, published: "02/02/2025 10:00").date == nil)
        #expect(event("Trong 2 ngày 20 và ngày 21 tháng Chạp năm Quý Mão, " + held, published: "01/02/2024 10:00").date?.iso == "2024-01-30")
        #expect(event("Sáng ngày 5 tháng Chạp năm Giáp Tý, " + held, published: "01/02/1985 10:00").date == nil)
    }

    /// Each first day of a last lunar month in dates.yml comes 29 or 30 days before the next lunar new year.
    @Test func theLastLunarMonthsHave29Or30Days() throws {
        let lunar = Fixtures.knowledge.extraction.dateVocabulary.lunar
        #expect(lunar.twelfthMonths.count >= 15)
        for (year, first) in lunar.twelfthMonths {
            let next = try #require(lunar.newYears[year + 1], "no lunar new year after the last month of \(year)")
            #expect([29, 30].contains { first.adding(days: $0) == next }, "tháng Chạp of \(year) starts \(first), the next Tết is \(next)")
        }
    }

    /// "Trước đó, ngày 15/12, … tổ chức đoàn khảo sát …" tells an earlier event: a workshop said only to have been held
    /// recently stays undated.
    @Test func aDayOfWhatCameBefore() {
        let date = event("Ban Tuyên giáo Thành ủy Thủ Dầu Một vừa tổ chức hội thảo về nêu gương.\n\nTrước đó, ngày 15/12, Ban Tuyên giáo Thành ủy đã tổ chức đoàn khảo sát thực tế tại 5 phường để chuẩn bị nội dung cho hội thảo.",
                         published: "Cập nhật: 28/12/2022 - 09:10")
        #expect(date.date == nil)
        #expect(date.undatedEstimate == "2022")
    }

    /// "… do Ban Tuyên giáo Thành ủy tổ chức sáng thứ Năm tuần trước.": the weekday counted back after the verb of holding.
    @Test func aWeekdayAfterTheVerbOfHolding() {
        let date = event("Câu hỏi này được nhiều đại biểu đặt ra tại hội thảo về nói đi đôi với làm do Ban Tuyên giáo Thành ủy Cần Thơ tổ chức sáng thứ Năm tuần trước.",
                         published: "Thứ Ba, 15/10/2024, 06:18")
        #expect(date.date?.iso == "2024-10-10")
    }

    /// Tết in words ("mùng sáu Tết") is read though the sentence has no digit; "Ngày 9 tháng Giêng" counts from Tết;
    /// "Chương trình ngày 19/5" opening a sentence is no document's date (only "Theo Quyết định ngày …" is), nor is a plan's
    /// owner set off by a comma ("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, ngày 21 tháng 3 năm 2023, …").
    @Test func tếtInWordsAListOfTếtDaysAndAProgrammesDay() {
        let words = event("Sáng mùng sáu Tết, Thành ủy Cẩm Phả tổ chức hội nghị quán triệt chuyên đề năm 2024.", published: "Thứ Năm, 15/02/2024 - 17:40")
        #expect(words.date?.iso == "2024-02-15")
        let giêng = event("Ngày 9 tháng Giêng, Thành ủy Cẩm Phả tổ chức hội thi tìm hiểu chuyên đề năm 2024.", published: "Thứ Hai, 19/02/2024 - 17:40")
        #expect(giêng.date?.iso == "2024-02-18")
        let programme = event("Chương trình ngày 19/5 do Ban Thường vụ Huyện ủy Cam Lộ tổ chức gồm lễ dâng hoa và giao lưu điển hình.", published: "20/05/2024 08:00")
        #expect(programme.date?.iso == "2024-05-19")
        // A plan named by its owner and set off by a comma dates nothing: the day after the comma is the event's.
        let plan = event("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, ngày 21 tháng 3 năm 2023, Đảng ủy Khối các cơ quan tỉnh Thái Bình tổ chức hội nghị quán triệt.", published: "22/03/2023 08:00")
        #expect(plan.date?.iso == "2023-03-21")
    }

    /// "từ ngày 15/11/2024 đến hết ngày 31/3/2025": a span of months is no event's; a day after the page was saved is a plan.
    @Test func aSpanOfMonthsAndALaterPlan() {
        let date = Fixtures.extract("Thứ Hai, 18/11/2024 06:00 (GMT+7)\n\nPhát động cuộc thi viết về gương dám nghĩ, dám làm\n\nBan Tuyên giáo Tỉnh ủy Quảng Trị tổ chức lễ phát động cuộc thi viết về những tấm gương dám nghĩ, dám làm trong học tập và làm theo Bác.\n\nCuộc thi nhận tác phẩm từ ngày 15/11/2024 đến hết ngày 31/3/2025; lễ tổng kết, trao giải dự kiến tổ chức vào dịp kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/2025).").facts.eventDate
        #expect(date.date == nil, "\(String(describing: date.date))")
        let course = event("Từ ngày 6 đến 8-4, Ban Tuyên giáo Tỉnh ủy Bình Phước tổ chức lớp bồi dưỡng nghiệp vụ.", published: "Thứ Sáu, 08/04/2022 - 16:45")
        #expect(course.date?.iso == "2022-04-06")
    }

    /// "Trong 2 ngày (27 - 28/3)": the first day of a range in parentheses.
    @Test func aRangeOfDaysInParentheses() {
        let date = event("Trong 2 ngày (27 - 28/3), Ban Tuyên giáo Tỉnh ủy Hà Tĩnh tổ chức hội nghị thông tin chuyên đề.", published: "29/03/2024 - 09:15")
        #expect(date.date?.iso == "2024-03-27")
    }

    /// A lead telling a meeting that prepared the event, then the event held "Sáng nay".
    @Test func theDayOfTheSentenceThatHoldsTheEvent() {
        let date = event("Chiều 13/5, đồng chí Lê Thị Thủy chủ trì cuộc họp nghe báo cáo công tác chuẩn bị Lễ biểu dương điển hình tiên tiến.\n\nSáng nay, Ban Thường vụ Tỉnh ủy Hà Nam long trọng tổ chức Lễ biểu dương điển hình tiên tiến.",
                         published: "17/05/2022 11:05")
        #expect(date.date?.iso == "2022-05-17")
    }

    @Test func yesterdayWithNoDayWrittenIsTheDayBeforePublication() {
        let date = event("Chiều qua, Đảng ủy Công ty Cấp nước tổ chức hội thảo về học tập và làm theo Bác.",
                         published: "Thứ Ba, 1/10/2024, 09:00 (GMT+7)")
        #expect(date.date?.iso == "2024-09-30")
        #expect(date.evidence == "Chiều qua")
        // "Ngày hôm qua", after a tag written like a place's name; "Ngày nay" (nowadays) is no day.
        let tagged = event("YênBái - Ngày hôm qua, Ban Thường vụ Huyện ủy Trạm Tấu tổ chức hội nghị sơ kết.", published: "12/8/2022 | 7:15:22 AM")
        #expect(tagged.date?.iso == "2022-08-11")
        #expect(event("Ngày nay, Đảng ủy Công ty Cấp nước tổ chức nhiều hội thảo về học tập và làm theo Bác.", published: "12/8/2022 | 7:15:22 AM").date == nil)
    }

    /// The lunar calendar's name for the day between the word and its comma: "Sáng qua (tức mùng 10 tháng Giêng năm Bính Ngọ), …".
    @Test func yesterdayWithItsLunarName() {
        let date = event("(GLO) - Sáng qua (tức mùng 10 tháng Giêng năm Bính Ngọ), Đảng ủy Công ty Cao su Chư Păh tổ chức hội nghị tổng kết.",
                         published: "Thứ Sáu, 27/02/2026 | 07:10")
        #expect(date.date?.iso == "2026-02-26")
        // Today, with the lunar day's own month name and no "tức".
        let today = event("Sáng nay (13 tháng Giêng Giáp Thìn), Ban Thường vụ Thành ủy Hải Dương tổ chức hội nghị quán triệt.", published: "22/02/2024 11:48")
        #expect(today.date?.iso == "2024-02-22")
    }

    @Test func yesterdayAfterASourceTagWithoutParentheses() {
        let date = event("ĐBP - Chiều hôm qua, Thị ủy Mường Lay tổ chức hội nghị quán triệt chuyên đề năm 2025.",
                         published: "14/03/2025 06:00")
        #expect(date.date?.iso == "2025-03-13")
        #expect(date.evidence == "Chiều hôm qua")
    }

    @Test func theYearOfADocumentInParenthesesCountsTheYearsOfImplementation() {
        let date = event("Ngày 22/8, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 114-KL/TW (2021) của Ban Bí thư về công tác dân vận.")
        #expect(date.date?.iso == "2024-08-22")
    }

    @Test func aPlanForNextYearDoesNotGiveTheYearOfALateDecemberEvent() {
        let header = "Thứ Năm, 09/01/2025\n\nBan Dân vận Tỉnh ủy tổng kết năm 2024\n\n"
        let date = Fixtures.extract(header + "Chiều 30/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.").facts.eventDate
        #expect(date.date?.iso == "2024-12-30")
    }

    @Test func todayInsideASentenceIsNoDate() {
        let date = event("Vừa qua, Huyện ủy Gio Linh tổ chức hội nghị, khẳng định thành quả như hôm nay, là nhờ sự đoàn kết.",
                         published: "Thứ Ba, 1/10/2024, 09:00 (GMT+7)")
        #expect(date.date == nil)
    }

    @Test func theYearOfTheTasksUnderReviewIsTheEventsYear() {
        let date = event("Ngày 15/1, Huyện ủy Gio Linh tổ chức hội nghị tổng kết thực hiện nhiệm vụ năm 2024.")
        #expect(date.date?.iso == "2024-01-15")
    }

    @Test func aDocumentDateAloneLeavesTheEventUndated() {
        let date = event("Hội nghị đánh giá việc thực hiện Quyết định số 123/QĐ-UBND ngày 5/1/2023 của UBND tỉnh.")
        #expect(date.date == nil)
    }

    @Test func anniversariesAndDeadlinesAreNotTheEvent() {
        let date = event("""
        Nhân kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024), các chi bộ hoàn thành báo cáo trước ngày 30/6.
        Sáng 16/5, Huyện ủy Cần Giuộc tổ chức hội nghị biểu dương điển hình.
        """, published: "Thứ Sáu, 17/5/2024, 08:00 (GMT+7)")
        #expect(date.date?.iso == "2024-05-16")
    }

    @Test func longFormWithWeekday() {
        let date = event("Sáng thứ Bảy, ngày 21 tháng 6 năm 2024, Thành ủy Cần Thơ tổ chức hội thảo khoa học.")
        #expect(date.date?.iso == "2024-06-21")
    }

    @Test func weekdayWithDayInParentheses() {
        let date = event("Tối Chủ nhật (9/3), Tỉnh đoàn Nam Định tổ chức chương trình giao lưu.", published: "Thứ Hai, 10/3/2025, 07:00 (GMT+7)")
        #expect(date.date?.iso == "2025-03-09")
        #expect(date.evidence == "Tối Chủ nhật (9/3)")
    }

    @Test func anEventReportedInJanuaryAboutDecemberIsFromTheYearBefore() {
        let date = event("Ngày 28/12, Quận ủy Ba Đình tổng kết chuyên đề năm 2024.", published: "Thứ Sáu, 3/1/2025, 09:00 (GMT+7)")
        #expect(date.date?.iso == "2024-12-28")
        #expect(date.yearInferredFrom?.contains("năm trước") == true)
    }

    @Test func yearsOfImplementationCountFromTheDocument() {
        let date = event("Ngày 20.6, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức sơ kết hai năm thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.")
        #expect(date.date?.iso == "2023-06-20")
    }

    @Test func aQuarterInTheSameSentenceGivesTheYear() {
        let date = event("Sáng 8/10, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên quý III/2023.")
        #expect(date.date?.iso == "2023-10-08")
    }

    @Test func noDayMeansUndatedWithAnEstimateNeverAnInventedDay() {
        let date = event("""
        Huyện ủy Phù Cát vừa tổ chức hội nghị tổng kết chuyên đề năm 2023 và triển khai chuyên đề năm 2024.
        Giai đoạn 2021-2025, huyện phấn đấu có 100% chi bộ đăng ký làm theo Bác; đến năm 2030 hoàn thành mục tiêu.
        """)
        #expect(date.date == nil)
        #expect(date.undatedEstimate == "2024")
    }

    /// With no publication line, the anniversary the lead ties the event to gives its year, before a school year's first one.
    @Test func anUndatedEventTakesTheYearOfTheAnniversaryItsLeadNames() {
        let date = event("Thực hiện Kế hoạch của Chi bộ năm học 2022 - 2023, hướng tới kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh, Trường THCS Pác Nặm vừa tổ chức Lễ tuyên dương các tập thể, cá nhân điển hình.")
        #expect(date.date == nil)
        #expect(date.undatedEstimate == "2023")
    }

    @Test func historicalDaysAreNotTheEvent() {
        let date = event("Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập. Hội nghị ôn lại truyền thống.",
                         published: "Thứ Hai, 2/9/2024, 10:00 (GMT+7)")
        #expect(date.date == nil)
    }

    @Test func aScoreOrDecimalIsNotADay() {
        let date = event("Tỷ lệ đạt 3.5 điểm trung bình, tăng 2-3 lần so với trước.", published: "Thứ Hai, 2/9/2024, 10:00 (GMT+7)")
        #expect(date.date == nil)
    }
}

extension DateRoleTests {
    @Test func todayWithTheDayInParentheses() {
        let date = event("Hôm nay (8/5), Tỉnh ủy Lâm Đồng tổ chức hội nghị.", published: "Thứ Tư, 8/5/2024, 19:00 (GMT+7)")
        #expect(date.date?.iso == "2024-05-08")
        #expect(date.evidence == "Hôm nay (8/5)")
    }
}

extension DateRoleTests {
    /// A stray combining mark after a digit puts a match boundary inside a character; it must not crash.
    @Test func strayCombiningMarksDoNotCrash() {
        let date = event("Ngày 21/6/2024\u{0301}, Tỉnh ủy Long An tổ chức hội nghị.\u{FE0F} Dịp này, 3\u{0300} tập thể được khen thưởng.")
        #expect(date.evidence != nil)
    }
}

extension DateRoleTests {
    @Test func withNothingElseTheLatestYearTheArticleSpeaksOfGivesTheYear() {
        let date = event("Ngày 18-10, Bộ Chỉ huy Quân sự tỉnh Sơn La tổ chức giao lưu điển hình. Năm 2024, đơn vị có 12 mô hình làm theo Bác; giai đoạn 2021-2023 đã có 30 mô hình.")
        #expect(date.date?.iso == "2024-10-18")
        #expect(date.yearInferredFrom?.contains("2024") == true)
    }
}

extension DateRoleTests {
    /// "Thứ Tư (ngày 16/6)": the parenthesis closes the evidence too.
    @Test func aWeekdayWithTheDayWordInParentheses() {
        let date = event("Thứ Tư (ngày 16/6), Ban Thường vụ Thành ủy Lạng Sơn tổ chức hội nghị.", published: "Thứ Năm, 17/06/2021 09:25")
        #expect(date.date?.iso == "2021-06-16")
        #expect(date.evidence == "Thứ Tư (ngày 16/6)")
    }

    /// No publication line: "Chiều 16/5, … lễ biểu dương …. Đây là hoạt động chào mừng kỷ niệm 133 năm Ngày sinh Chủ tịch
    /// Hồ Chí Minh." takes the year of the anniversary the paragraph names.
    @Test func theYearOfAnAnniversaryInTheEventsParagraph() {
        let date = event("(CMO) Chiều 16/5, Ban Thường vụ Tỉnh ủy Cà Mau tổ chức lễ biểu dương tập thể, cá nhân tiêu biểu. Đây là hoạt động thiết thực chào mừng kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh.")
        #expect(date.date?.iso == "2023-05-16")
    }

    /// With no day in the lead, a first day whose sentence names another kind of event (a contest) than the title's (a
    /// round-table) gives way to a later one naming the title's, though both kinds are "khác" by name.
    @Test func aLaterDayOfTheTitlesKindAmongKindsOfOneName() {
        let article = Fixtures.extract("Tọa đàm về học tập và làm theo Bác của khối cơ quan tỉnh\n\nThứ Hai, 20/05/2024 - 10:00\n\nĐảng ủy Khối các cơ quan tỉnh Nghệ An tổ chức tọa đàm về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n\nNgày 10/5, Ban Tuyên giáo Đảng ủy Khối phát động cuộc thi viết về Bác trong cán bộ, đảng viên.\n\nBuổi tọa đàm diễn ra sáng 18/5 tại Hội trường Đảng ủy Khối, với sự tham dự của 120 đại biểu.")
        #expect(article.facts.eventDate.date?.iso == "2024-05-18")
        #expect(article.facts.eventDate.evidence == "sáng 18/5")
    }
}
