import Testing
@testable import ChronicleKit

/// Award clauses and the numbers that only look like awards.
struct AwardTrapTests {
    static let title = "Tỉnh ủy Quảng Trị tổng kết chuyên đề"

    func awards(_ body: String, title: String = Self.title) -> [Award] {
        Fixtures.extract(title + "\n\n" + body).facts.awards
    }

    func summary(_ awards: [Award]) -> [String] { Fixtures.lines(awards) }

    /// The awards of `body` as lines, "giver|kind|collectives|individuals|combined".
    func lines(_ body: String, title: String = Self.title) -> [String] {
        summary(awards(body, title: title))
    }

    /// "Theo báo cáo tại hội nghị, trong 5 năm, …": where the figures were reported names no award of the event; "Tại hội nghị,
    /// trong 5 năm qua …" would.
    @Test func figuresReportedAtTheConferenceAreNotItsAwards() {
        let body = "Sáng 14/6/2021, Ban Thường vụ Huyện ủy Can Lộc tổ chức lễ tuyên dương.\n\n"
        let reported = awards(body + "Theo báo cáo tại hội nghị, trong 5 năm, toàn huyện có 96 tập thể, 214 cá nhân được các cấp khen thưởng vì có thành tích trong học tập và làm theo Bác, trong đó có 2 tập thể, 5 cá nhân được Ban Thường vụ Tỉnh ủy Hà Tĩnh tặng Bằng khen.",
                              title: "Can Lộc tuyên dương điển hình")
        #expect(summary(reported) == [], "\(summary(reported))")
        let atTheEvent = awards(body + "Tại hội nghị, Ban Thường vụ Tỉnh ủy Hà Tĩnh tặng Bằng khen cho 2 tập thể, 5 cá nhân có thành tích trong 5 năm thực hiện Chỉ thị 05-CT/TW.",
                                title: "Can Lộc tuyên dương điển hình")
        #expect(summary(atTheEvent) == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh|Bằng khen|2|5|0"], "\(summary(atTheEvent))")
    }

    /// "Riêng …" after figures over a period sets apart some of them: "… từ đầu năm đến nay, … đã khen thưởng 112 tập thể, cá nhân.
    /// Riêng trong đợt mưa lũ giữa tháng 10, đã có 4 cá nhân … được … tặng Bằng khen".
    @Test func partOfAPeriodsFiguresSetApart() {
        let found = lines("Sáng 20/11/2022, Quận ủy Sơn Trà tổ chức giao lưu điển hình.\n\nTừ đầu năm đến nay, các cấp ủy, chính quyền trên địa bàn quận đã biểu dương, khen thưởng 112 tập thể, cá nhân. Riêng trong đợt mưa lũ giữa tháng 10, đã có 4 cá nhân của quận được Chủ tịch UBND thành phố tặng Bằng khen vì dũng cảm cứu người.\n\nDịp này, Ban Thường vụ Quận ủy tặng Giấy khen cho 15 tập thể, cá nhân.",
                          title: "Sơn Trà giao lưu điển hình")
        #expect(found == ["Ban Thường vụ Quận ủy Sơn Trà|Giấy khen|0|0|15"], "\(found)")
    }

    /// "Gần đây nhất, nhân kỷ niệm …, Đồn … vinh dự đón nhận Huân chương …": the latest of earlier honours, not this event's.
    @Test func theLatestEarlierHonour() {
        let found = lines("Ngày 8/5/2024, Bộ Chỉ huy BĐBP tỉnh Hà Giang tổ chức Đại hội Thi đua Quyết thắng.\n\nGần đây nhất, nhân kỷ niệm 65 năm Ngày truyền thống BĐBP (3/3/1959 - 3/3/2024), Đồn Biên phòng Sơn Vĩ vinh dự đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì. Tại Đại hội, Chủ tịch UBND tỉnh Hà Giang tặng Bằng khen cho 4 tập thể, 6 cá nhân.",
                          title: "Đại hội Thi đua Quyết thắng BĐBP Hà Giang")
        #expect(found == ["Chủ tịch UBND tỉnh Hà Giang|Bằng khen|4|6|0"], "\(found)")
    }

    /// What a whole body holds ("Toàn LLVT Quân khu có 3 tập thể … được …") and honours "các loại" are tallies over the years, with
    /// no period named in the sentence; "Dịp này, toàn huyện có 5 tập thể được … tặng" is still the event's.
    @Test func whatAWholeBodyHoldsIsATally() {
        let body = "Sáng 23/8/2024, Bộ Tư lệnh Quân khu 9 tổ chức Đại hội Thi đua Quyết thắng.\n\n"
        let held = lines(body + "Phong trào thi đua xuất hiện nhiều điển hình tiên tiến. Toàn LLVT Quân khu có 3 tập thể và 2 cá nhân được Chủ tịch nước tuyên dương danh hiệu Anh hùng LLVT nhân dân; 214 tập thể, 395 cá nhân được Bộ trưởng Bộ Quốc phòng tặng Bằng khen.")
        #expect(held == [], "\(held)")
        let kinds = lines(body + "Các đơn vị có 58 tập thể, 94 cá nhân được tặng Huân chương các loại.")
        #expect(kinds == [], "\(kinds)")
        let thisEvent = lines("Sáng 14/6/2021, Ban Thường vụ Huyện ủy Can Lộc tổ chức lễ tuyên dương.\n\nDịp này, toàn huyện có 5 tập thể được Ban Thường vụ Huyện ủy tặng Giấy khen.", title: "Can Lộc tuyên dương điển hình")
        #expect(thisEvent == ["Ban Thường vụ Huyện ủy Can Lộc|Giấy khen|5|0|0"], "\(thisEvent)")
    }

    /// Who the speaker's school or a model is, not awards of the event: "nhà trường - đơn vị đã được Chủ tịch nước tặng Huân
    /// chương … - sẽ …", "Ông A, thương binh …, được Chủ tịch nước tặng Huân chương Kháng chiến hạng Nhì, …".
    @Test func honoursTellingWhoTheyAre() {
        let body = "Sáng 14/3/2023, Trường Chính trị tỉnh Quảng Nam tổ chức hội thảo khoa học.\n\n"
        let school = awards(body + "Phát biểu bế mạc, TS. Lê Văn Dũng, Hiệu trưởng Trường Chính trị tỉnh cho biết, nhà trường - đơn vị đã được Chủ tịch nước tặng Huân chương Lao động hạng Nhì - sẽ tiếp tục đưa nội dung học tập và làm theo Bác vào giảng dạy.",
                            title: "Hội thảo khoa học về học tập và làm theo Bác")
        #expect(summary(school) == [], "\(summary(school))")
        let veteran = awards(body + "Tại chương trình, 6 điển hình đã chia sẻ câu chuyện làm theo lời Bác. Ông Phạm Văn Thịnh, thương binh hạng 2/4 ở phường Tứ Minh, được Chủ tịch nước tặng Huân chương Kháng chiến hạng Nhì, hơn 10 năm nay làm tổ trưởng tổ hòa giải.",
                             title: "Hội thảo khoa học về học tập và làm theo Bác")
        #expect(summary(veteran) == [], "\(summary(veteran))")
        // A person named before an apposition, the clause after it opening with the passive, is the one honoured.
        let honoured = awards(body + "ThS Nguyễn Thị An, Trưởng Khoa Xây dựng Đảng, được Chủ tịch UBND tỉnh tặng Bằng khen.",
                              title: "Hội thảo khoa học về học tập và làm theo Bác")
        #expect(summary(honoured) == ["Chủ tịch UBND tỉnh Quảng Nam|Bằng khen|0|1|0"], "\(summary(honoured))")
    }

    /// "Trước đó, tại hội nghị tổng kết … tổ chức ngày 28/12/2022, …. Tại hội nghị đó, Ban Thường vụ Huyện ủy đã khen thưởng 8 tập thể,
    /// 10 cá nhân …": that conference's awards.
    @Test func atThatEarlierConference() {
        let found = awards("Sáng 17/5/2023, Ban Thường vụ Huyện ủy Can Lộc tổ chức lễ tuyên dương, tặng Giấy khen cho 12 tập thể, 20 cá nhân.\n\nTrước đó, tại hội nghị tổng kết thực hiện Chuyên đề năm 2022 tổ chức ngày 28/12/2022, Huyện ủy Can Lộc đánh giá toàn huyện có 246 mô hình được đăng ký. Tại hội nghị đó, Ban Thường vụ Huyện ủy đã khen thưởng 8 tập thể, 10 cá nhân có thành tích xuất sắc.",
                           title: "Can Lộc tuyên dương điển hình")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Can Lộc|Giấy khen|12|20|0"], "\(summary(found))")
    }

    /// A deputy of the giving committee handing its award over, the same counts: told again.
    @Test func aDeputyHandingTheAwardOver() {
        let found = awards("Sáng 12/6/2021, Đảng ủy Công ty CP Than Vàng Danh tổ chức hội nghị tổng kết.\n\nDịp này, Đảng ủy Than Quảng Ninh tặng Giấy khen cho 2 tập thể và 3 cá nhân; Đảng ủy Công ty tặng Giấy khen cho 8 tập thể, 15 cá nhân.\n\nĐồng chí Phạm Văn Thành, Phó Bí thư Đảng ủy Than Quảng Ninh trao Giấy khen cho 2 tập thể, 3 cá nhân có thành tích tiêu biểu.",
                           title: "Than Vàng Danh tổng kết Chỉ thị 05")
        #expect(summary(found) == ["Đảng ủy Than Quảng Ninh|Giấy khen|2|3|0", "Đảng ủy Công ty Cổ phần Than Vàng Danh|Giấy khen|8|15|0"], "\(summary(found))")
    }

    /// "… đều đã được Chủ tịch UBND tỉnh tặng Bằng khen trong đợt sơ kết năm 2022; trong đó có 2 cá nhân được Ban Tuyên giáo Trung
    /// ương tặng Bằng khen": the breakdown of a past clause is of that past.
    @Test func theBreakdownOfAPastClause() {
        let found = awards("Sáng 20/5/2023, Tỉnh ủy Nghệ An tổ chức chương trình giao lưu điển hình.\n\nĐược biết, cả 8 tấm gương tham gia giao lưu đều đã được Chủ tịch UBND tỉnh tặng Bằng khen trong đợt sơ kết năm 2022; trong đó có 2 cá nhân được Ban Tuyên giáo Trung ương tặng Bằng khen.",
                           title: "Nghệ An giao lưu điển hình")
        #expect(summary(found) == [], "\(summary(found))")
    }

    /// What the rules written for profiles and retellings must leave alone: a small word before the passive after an apposition,
    /// a dash apposition telling no award, a veteran's medal beside a new award, a later "nhận" after another giver's clause.
    @Test func awardsTheProfileRulesLeaveAlone() {
        let lead = "Sáng 14/5/2024, Ban Thường vụ Huyện ủy Thạch Hà tổ chức lễ tuyên dương.\n\n"
        let title = "Thạch Hà tuyên dương điển hình"
        #expect(lines(lead + "Chị Lê Thị Hoa, giáo viên Trường Tiểu học Kim Đồng, cũng vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen.", title: title) == ["Chủ tịch UBND tỉnh Hà Tĩnh|Bằng khen|0|1|0"])
        #expect(lines(lead + "Tại buổi lễ, ông Lê Văn Hùng – người được bà con xóm Đông tin yêu – vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen.", title: title) == ["Chủ tịch UBND tỉnh Hà Tĩnh|Bằng khen|0|1|0"])
        #expect(lines(lead + "Ông Nguyễn Văn Thành, cựu chiến binh (Huân chương Kháng chiến hạng Ba), được Ban Thường vụ Huyện ủy tặng Giấy khen vì có nhiều đóng góp xây dựng nông thôn mới.", title: title) == ["Ban Thường vụ Huyện ủy Thạch Hà|Giấy khen|0|1|0"])
        // The person set apart ("riêng ông …") receives an award of his own; the counts before are not the chairman's.
        let besides = lines(lead + "Dịp này, Ban Thường vụ Huyện ủy khen thưởng 15 tập thể, 20 cá nhân có thành tích tiêu biểu, riêng ông Nguyễn Văn Hùng nhận Bằng khen của Chủ tịch UBND tỉnh.", title: title)
        #expect(besides == ["Ban Thường vụ Huyện ủy Thạch Hà|khen thưởng|15|20|0", "Chủ tịch UBND tỉnh Hà Tĩnh|Bằng khen|0|1|0"])
        // A sentence of its own: "Riêng" sets the two apart and is no part of their names.
        #expect(lines(lead + "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 6 tập thể, 9 cá nhân. Riêng anh Hoàng Văn Sơn và anh Triệu Văn Hòa còn được Chủ tịch UBND tỉnh tặng Bằng khen vì có hành động dũng cảm cứu người.", title: title)
                == ["Ban Thường vụ Huyện ủy Thạch Hà|Giấy khen|6|9|0", "Chủ tịch UBND tỉnh Hà Tĩnh|Bằng khen|0|2|0"])
        // The chi bộ is the clause's subject: no award for the person before the apposition.
        #expect(lines(lead + "Đồng chí Trần Văn Hải, Bí thư Chi bộ thôn Đông Hà, phấn khởi cho biết, chi bộ vinh dự được Ban Thường vụ Huyện ủy tặng Giấy khen.", title: title) == [])
        // A reason with commas before "nhận".
        #expect(lines(lead + "Dịp này, 8 tập thể, 12 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh nhận Giấy khen của Ban Thường vụ Huyện ủy.", title: title) == ["Ban Thường vụ Huyện ủy Thạch Hà|Giấy khen|8|12|0"])
    }

    /// "Đầu năm nay, ngày 8/1, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị tổng kết …. Tại hội nghị này, … đã tặng Bằng khen …" at a May
    /// event: that conference's; the honoured broken down by field ("Các gương được tuyên dương thuộc nhiều lĩnh vực: 18 đoàn viên …")
    /// and one of them told again ("Chị A, …, một trong những cá nhân nhận Bằng khen, chia sẻ") are no awards of their own.
    @Test func anEarlierDayThisYearAndTheHonouredRetold() {
        let lead = "Sáng 16/5/2025, Tỉnh ủy Hà Tĩnh tổ chức lễ biểu dương. Tại buổi lễ, Ban Thường vụ Tỉnh ủy biểu dương 25 tập thể và 35 cá nhân điển hình.\n\n"
        let title = "Hà Tĩnh biểu dương điển hình"
        #expect(lines(lead + "Đầu năm nay, ngày 8/1, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị tổng kết việc học tập và làm theo Bác năm 2024. Tại hội nghị này, Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 15 tập thể, 20 cá nhân.", title: title) == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh|biểu dương|25|35|0"])
        // The year's start, before a May event; "Đầu năm nay" at a February one may be the event itself.
        #expect(lines(lead + "Đầu năm 2025, 3 chi bộ đã được Ban Thường vụ Tỉnh ủy tặng Bằng khen vì 5 năm liền hoàn thành xuất sắc nhiệm vụ.", title: title) == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh|biểu dương|25|35|0"])
        #expect(lines(lead.replacingOccurrences(of: "16/5/2025", with: "16/2/2025") + "Đầu năm 2025, 3 chi bộ đã được Ban Thường vụ Tỉnh ủy tặng Bằng khen vì 5 năm liền hoàn thành xuất sắc nhiệm vụ.", title: title)
                == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh|biểu dương|25|35|0", "Ban Thường vụ Tỉnh ủy Hà Tĩnh|Bằng khen|3|0|0"])
        #expect(lines(lead + "Các gương được tuyên dương thuộc nhiều lĩnh vực: 18 đoàn viên khối trường học, 12 thanh niên công nhân và 5 cán bộ đoàn cơ sở.", title: title) == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh|biểu dương|25|35|0"])
        #expect(lines(lead + "Chị Trần Thị Ngọc, công nhân Khu công nghiệp Vũng Áng, một trong những cá nhân nhận Bằng khen, chia sẻ niềm vui.", title: title) == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh|biểu dương|25|35|0"])
    }

    /// "Một số tập thể, cá nhân được tuyên dương:" over names, and "Trong số 42 tập thể, cá nhân được … khen thưởng có 11 cá nhân là
    /// …": some of those honoured, no award of their own; parts given one of their own stay awards.
    @Test func someOfThoseHonoured() {
        let lead = "Ngày 28.12.2022, Huyện ủy Núi Thành tổ chức lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Huyện ủy tuyên dương 12 tập thể và 20 cá nhân.\n\n"
        let title = "Núi Thành tuyên dương điển hình"
        #expect(lines(lead + "Một số tập thể, cá nhân được tuyên dương:\n\n- Chi bộ thôn Thượng Thạnh, xã Tam Anh Nam\n\n- Đảng bộ xã Tam Hải\n\n- Ông Nguyễn Văn Tư, Bí thư Chi bộ thôn Thuận An", title: title) == ["Ban Thường vụ Huyện ủy Núi Thành|tuyên dương|12|20|0"])
        #expect(lines(lead + "Trong số 32 tập thể, cá nhân được tuyên dương có 11 cá nhân là bí thư chi bộ và 7 cá nhân là đoàn viên.", title: title) == ["Ban Thường vụ Huyện ủy Núi Thành|tuyên dương|12|20|0"])
        #expect(lines(lead + "Trong số 32 tập thể, cá nhân được tuyên dương, có 5 tập thể và 6 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.", title: title) == ["Ban Thường vụ Huyện ủy Núi Thành|tuyên dương|12|20|0", "Chủ tịch UBND tỉnh Quảng Nam|Bằng khen|5|6|0"])
    }

    @Test func clausesSharingAVerbAreSeparateAwards() {
        let found = awards("Sáng 5/1, Tỉnh ủy Quảng Trị tổ chức hội nghị. Dịp này, 2 tập thể, 3 cá nhân được Bộ trưởng Bộ Nội vụ tặng Bằng khen và 4 tập thể được Ban Tuyên giáo Trung ương tặng Bằng khen.")
        #expect(summary(found) == ["Bộ trưởng Bộ Nội vụ|Bằng khen|2|3|0", "Ban Tuyên giáo Trung ương|Bằng khen|4|0|0"])
    }

    @Test func giverBeforeTheCountsAndAfterTheKind() {
        let found = awards("Tại hội nghị, đồng chí Lê Văn Cường trao Giấy khen của Ban Thường vụ Huyện ủy Hải Lăng cho 7 tập thể và 9 cá nhân.")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Hải Lăng|Giấy khen|7|9|0"])
    }

    @Test func recipientsNamedByWhatTheyAre() {
        let found = awards("Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 2 đảng bộ bộ phận, 5 chi bộ và 14 đảng viên; Chủ tịch UBND tỉnh tặng Bằng khen cho 6 khoa, phòng và 3 đồng chí.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|7|14|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|6|3|0"])
    }

    @Test func shortGiversAtADistrictEventAreThatDistrictsAndSpelledOut() {
        let found = awards("Ngày 4/3, Ban Thường vụ Huyện ủy Trần Văn Thời tổ chức hội nghị tổng kết. Nhân dịp này, BTV Huyện ủy tặng Giấy khen cho 12 tập thể và 17 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 4 tập thể, 6 cá nhân.",
                           title: "Trần Văn Thời tổng kết 5 năm thực hiện Chỉ thị 05")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Trần Văn Thời|Giấy khen|12|17|0", "Chủ tịch UBND huyện Trần Văn Thời|Giấy khen|4|6|0"])
    }

    @Test func theHeadOfTheOrganizersOwnInstitution() {
        let found = awards("Ngày 21/6, Đảng ủy Trường Đại học Cần Thơ tổ chức hội nghị sơ kết. Dịp này, Hiệu trưởng nhà trường tặng Giấy khen cho 2 khoa và 9 viên chức.",
                           title: "Đảng ủy Trường Đại học Cần Thơ sơ kết chuyên đề")
        #expect(summary(found) == ["Hiệu trưởng Trường Đại học Cần Thơ|Giấy khen|2|9|0"])
    }

    @Test func giversAndKindsTakenRespectively() {
        let found = awards("Ngày 21/6, Đảng ủy Khối các cơ quan tỉnh Gia Lai tổ chức hội nghị. Dịp này, Ban Thường vụ Đảng ủy Khối và LĐLĐ tỉnh lần lượt tặng Giấy khen, Bằng khen cho 8 tập thể, 12 cá nhân và 3 tập thể, 4 cá nhân có thành tích xuất sắc.",
                           title: "Đảng ủy Khối các cơ quan tỉnh Gia Lai sơ kết chuyên đề")
        #expect(summary(found) == ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Gia Lai|Giấy khen|8|12|0", "Liên đoàn Lao động tỉnh Gia Lai|Bằng khen|3|4|0"])
    }

    @Test func aRecapAddingUpTheClausesIsNotAnAward() {
        let found = awards("Dịp này, Ban Tuyên giáo Trung ương tặng Bằng khen cho 3 tập thể, 2 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 25 cá nhân. Như vậy, tổng cộng có 23 tập thể và 27 cá nhân được khen thưởng tại hội nghị.")
        #expect(summary(found) == ["Ban Tuyên giáo Trung ương|Bằng khen|3|2|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|20|25|0"])
    }

    @Test func aPostBeforeAUnitGivesInItsOwnName() {
        let found = awards("Nhân dịp này, Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 5 tập thể và 11 cá nhân.")
        #expect(found.first?.giver?.hasPrefix("Chỉ huy trưởng ") == true, "\(summary(found))")
    }

    @Test func combinedCountsStayCombined() {
        let found = awards("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 133 tập thể, cá nhân có thành tích xuất sắc.")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|0|0|133"])
    }

    @Test func numberWordsAndThousands() {
        let found = awards("Nhân dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho mười hai tập thể và 1.050 cá nhân.")
        #expect(summary(found) == ["Giám đốc Công an tỉnh Quảng Trị|Giấy khen|12|1050|0"])
    }

    @Test func aHeadlineTotalIsNotCountedWithItsBreakdown() {
        let found = awards("Dịp này, 40 tập thể và cá nhân được khen thưởng, trong đó Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 10 tập thể và 12 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể và 10 cá nhân.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|10|12|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|8|10|0"])
    }

    @Test func aTotalRepeatedInAnotherSentenceIsNotCountedAgain() {
        let found = awards("""
        Hội nghị biểu dương 22 tập thể, cá nhân tiêu biểu.
        Cụ thể, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 10 tập thể và 12 cá nhân.
        """)
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|10|12|0"])
    }

    @Test func cumulativeFiguresAreNotAwardsAtTheEvent() {
        let found = awards("""
        Trong 5 năm qua, toàn tỉnh đã khen thưởng 1.250 tập thể, cá nhân điển hình.
        Từ năm 2016 đến nay, các cấp đã biểu dương hơn 3.000 lượt tập thể, cá nhân.
        """)
        #expect(found.isEmpty)
    }

    @Test func distractorsAreNotAwards() {
        let found = awards("""
        Hội nghị được kết nối trực tuyến tới 424 điểm cầu với hơn 17.300 đảng viên tham dự.
        Sau 3 năm thực hiện, tỉnh xây dựng 4 trụ cột, 3 nhiệm vụ đột phá và hơn 500 mô hình.
        """)
        #expect(found.isEmpty)
    }

    @Test func captionsNeverAddCountsButMayNameTheKind() {
        let found = awards("""
        Nhân dịp này, Đảng ủy Khối Doanh nghiệp tỉnh đã khen thưởng 6 tập thể và 11 cá nhân.
        Lãnh đạo Đảng ủy Khối trao Giấy khen cho 6 tập thể
        """)
        #expect(summary(found) == ["Đảng ủy Khối Doanh nghiệp tỉnh Quảng Trị|Giấy khen|6|11|0"])
        #expect(found.first?.kindFrom == "caption")
    }

    @Test func passiveWithoutAGiverIsGivenByTheOrganizer() {
        let found = awards("Sáng 5/1, Huyện ủy Hải Lăng tổ chức hội nghị tổng kết. Dịp này, 9 tập thể được biểu dương.")
        #expect(summary(found) == ["Huyện ủy Hải Lăng|biểu dương|9|0|0"])
    }
}

extension AwardTrapTests {
    @Test func countsThatReceiveAKindOfAGiver() {
        let found = awards("Tại buổi lễ, 5 tập thể và 8 cá nhân vinh dự nhận Bằng khen của Chủ tịch UBND tỉnh.")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|5|8|0"])
    }

    @Test func yearsAfterAreCumulativeToo() {
        #expect(awards("Sau 3 năm, toàn tỉnh có 150 tập thể, 200 cá nhân được biểu dương.").isEmpty)
    }
}

extension AwardTrapTests {
    @Test func onBehalfOfThePrincipal() {
        let found = awards("Thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Cường trao Huân chương Lao động hạng Ba cho 2 tập thể, 1 cá nhân; trao Cờ thi đua của Chính phủ cho 3 tập thể.")
        #expect(summary(found) == ["Chủ tịch nước|Huân chương|2|1|0", "Chính phủ|Cờ thi đua|3|0|0"])
    }

    /// A clause naming no giver takes the issuer of the decision it opens with, not the organizer; one naming its own
    /// giver keeps it (the executive committee decides, the director gives his Giấy khen); the issuer ends before what
    /// the decision is about, which may name the recipient.
    @Test func theIssuerOfTheDecisionGivesWhenTheClauseNamesNone() {
        #expect(lines("Theo Quyết định số 5027-QĐ/BTGTW ngày 20/5/2024 của Ban Tuyên giáo Trung ương, 3 tập thể và 4 cá nhân được tặng Bằng khen.")
                == ["Ban Tuyên giáo Trung ương|Bằng khen|3|4|0"])
        #expect(lines("Căn cứ Quyết định số 158-QĐ/ĐU ngày 26/12/2023 của Ban Chấp hành Đảng bộ Công an tỉnh, Giám đốc Công an tỉnh trao Giấy khen cho 15 tập thể, cá nhân.")
                == ["Giám đốc Công an tỉnh Quảng Trị|Giấy khen|0|0|15"])
        #expect(lines("Theo Quyết định số 45/QĐ-UBND của UBND huyện Gio Linh về việc khen thưởng Trường Tiểu học Kim Đồng, 3 tập thể được tặng Giấy khen.")
                == ["UBND huyện Gio Linh|Giấy khen|3|0|0"])
    }

    /// The recipients counted before, "also" given an award by another giver: a second award with their counts. Said of all of
    /// them ("đều"), or with no giver of its own, it retells the first.
    @Test func theSameRecipientsAlsoGivenAnotherAward() {
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy tuyên dương 20 tập thể, 35 cá nhân; mỗi tập thể, cá nhân được tuyên dương còn được Chủ tịch UBND huyện tặng Giấy khen kèm tiền thưởng.")
                == ["Ban Thường vụ Huyện ủy|tuyên dương|20|35|0", "Chủ tịch UBND huyện|Giấy khen|20|35|0"])
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy tuyên dương 20 tập thể, 35 cá nhân; các tập thể, cá nhân được tuyên dương đều được tặng Giấy khen.")
                == ["Ban Thường vụ Huyện ủy|tuyên dương|20|35|0"])
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy tuyên dương 20 tập thể, 35 cá nhân; mỗi tập thể, cá nhân được tuyên dương còn được tặng Giấy khen.")
                == ["Ban Thường vụ Huyện ủy|tuyên dương|20|35|0"])
        // Opening the next sentence: the award that sentence told last.
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy tuyên dương 20 tập thể, 35 cá nhân. Các tập thể, cá nhân được tuyên dương đồng thời được Chủ tịch UBND huyện tặng Giấy khen.")
                == ["Ban Thường vụ Huyện ủy|tuyên dương|20|35|0", "Chủ tịch UBND huyện|Giấy khen|20|35|0"])
        // Not after a sentence telling no award.
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy tuyên dương 20 tập thể, 35 cá nhân. Hội nghị nghe 5 tham luận. Các tập thể, cá nhân được tuyên dương đồng thời được Chủ tịch UBND huyện tặng Giấy khen.")
                == ["Ban Thường vụ Huyện ủy|tuyên dương|20|35|0"])
        // Named after the second award by the honour they had ("cho các tập thể, cá nhân được biểu dương"); not when the same
        // award is handed over ("trao Bằng khen cho các tập thể được tuyên dương" after a Bằng khen), nor after no count.
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy biểu dương 15 tập thể và 32 cá nhân; đồng thời, Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân được biểu dương.")
                == ["Ban Thường vụ Huyện ủy|biểu dương|15|32|0", "Chủ tịch UBND huyện|Giấy khen|15|32|0"])
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy tuyên dương 20 tập thể. Chủ tịch UBND huyện tặng Giấy khen cho các tập thể được tuyên dương.")
                == ["Ban Thường vụ Huyện ủy|tuyên dương|20|0|0", "Chủ tịch UBND huyện|Giấy khen|20|0|0"])
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy tuyên dương và tặng Giấy khen cho 20 tập thể. Chủ tịch UBND huyện trao Giấy khen cho các tập thể được tuyên dương.")
                .allSatisfy { !$0.hasPrefix("Chủ tịch") })
        #expect(lines("Hội nghị nghe 5 tham luận. Chủ tịch UBND huyện tặng Giấy khen cho các tập thể được tuyên dương.") == [])
        // Those of them the marker names, of the honour it names.
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy biểu dương 15 tập thể và 32 cá nhân; đồng thời, Chủ tịch UBND huyện tặng Giấy khen cho các cá nhân được biểu dương.")
                == ["Ban Thường vụ Huyện ủy|biểu dương|15|32|0", "Chủ tịch UBND huyện|Giấy khen|0|32|0"])
        #expect(lines("Tại buổi lễ, Ban Thường vụ Huyện ủy biểu dương 15 tập thể và tặng Giấy khen cho 5 tập thể; Chủ tịch UBND huyện tặng Bằng khen cho các tập thể được biểu dương.").last
                == "Chủ tịch UBND huyện|Bằng khen|15|0|0")
    }

    /// A person reading out a body's decision is no giver, and does not hide the body: it gives, its standing board named as
    /// written, up to what the decision is about ("về việc").
    @Test func theBodyWhoseDecisionIsReadOutGives() {
        #expect(lines("Tại hội nghị, đồng chí Trần Văn Phúc công bố Quyết định của Ban Thường vụ Đảng ủy Sở Y tế tỉnh về việc tặng Giấy khen cho 6 tập thể và 9 cá nhân.")
                == ["Ban Thường vụ Đảng ủy Sở Y tế tỉnh Quảng Trị|Giấy khen|6|9|0"])
        // The body announcing its own decision and handing over: "… đã công bố quyết định và trao Giấy khen …".
        #expect(lines("Tại hội nghị, Ban Thường vụ Tỉnh ủy đã công bố quyết định và trao Bằng khen cho 6 tập thể, 9 cá nhân.")
                == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|6|9|0"])
    }
}

extension AwardTrapTests {
    @Test func oneNamedRecipientWithoutACount() {
        let found = awards("Tại hội nghị, đồng chí Nguyễn Văn Hòa trao Cờ thi đua của Bộ Công an cho Công an tỉnh Quảng Trị; Giám đốc Công an tỉnh tặng Giấy khen cho 5 tập thể.")
        #expect(summary(found) == ["Giám đốc Công an tỉnh Quảng Trị|Giấy khen|5|0|0", "Bộ Công an|Cờ thi đua|1|0|0"])
    }

    @Test func aSentenceEndingInBacIsASentence() {
        // "Bác." is a word, not an abbreviation like "TS.": the next sentence has its own giver.
        let found = awards("Dịp này, 8 đoàn viên được Chủ tịch UBND tỉnh tặng Bằng khen vì làm theo lời Bác. Hội Nông dân tỉnh cũng biểu dương 40 hội viên tiêu biểu.")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|0|8|0", "Hội Nông dân tỉnh Quảng Trị|biểu dương|0|40|0"])
    }

    @Test func aCountQualifiedBeforeTheNextCountIsOneList() {
        let found = awards("Tại hội nghị, Giám đốc Sở Y tế tặng Giấy khen cho 4 tập thể trạm y tế, khoa và 9 cá nhân có thành tích xuất sắc.")
        #expect(summary(found).map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Giấy khen|4|9|0"])
    }

    @Test func giversListedWithCommasTakeTheirCountsRespectively() {
        let found = awards("Nhân dịp này, Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh lần lượt tặng Bằng khen cho 6 tập thể, 9 cá nhân và 4 tập thể, 5 cá nhân tiêu biểu.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|6|9|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|4|5|0"])
    }

    /// Three givers in turn, the later lists after a semicolon, one with its own award word.
    @Test func listsInTurnKeepTheirOwnAwardWord() {
        let found = awards("Dịp này, Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh và Ban Dân vận Tỉnh ủy lần lượt tặng Bằng khen cho 5 tập thể, 14 cá nhân; Bằng khen cho 3 tập thể, 6 cá nhân và Giấy khen cho 20 cá nhân có thành tích tiêu biểu.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|5|14|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|3|6|0",
                                   "Ban Dân vận Tỉnh ủy Quảng Trị|Giấy khen|0|20|0"])
    }

    @Test func aSpeechRecallingAnEarlierCeremonyIsNotAnAward() {
        let found = awards("Phát biểu tại hội nghị, đồng chí Bí thư nhắc lại, tại lễ tuyên dương hồi tháng 3, Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 11 tập thể, 16 cá nhân. Dịp này, Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 5 tác giả có tham luận hay.")
        #expect(summary(found) == ["Ban Tuyên giáo Tỉnh ủy Quảng Trị|Giấy khen|0|5|0"])
    }

    @Test func aParticipationCertificateIsNotAnAward() {
        let found = awards("Kết thúc hội thảo, Ban Tổ chức trao giấy chứng nhận cho 37 tác giả có bài tham luận.")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func aGenericKindTakesTheKindOfTheCaptionNamingItsGiver() {
        let found = awards("""
            Dịp này, Bộ Tư lệnh Quân khu 4 khen thưởng 2 tập thể, 6 cá nhân; Bộ Chỉ huy Quân sự tỉnh tặng Giấy khen cho 9 tập thể, 13 cá nhân.

            Đại tá Lê Văn Hùng trao Bằng khen của Bộ Tư lệnh Quân khu 4 tặng các tập thể, cá nhân. Ảnh: HỒNG HÀ

            Trao Giấy khen của Bộ Chỉ huy Quân sự tỉnh cho các tập thể. Ảnh: HỒNG HÀ

            Hội nghị khép lại với nhiều cam kết.
            """)
        #expect(summary(found) == ["Bộ Tư lệnh Quân khu 4|Bằng khen|2|6|0", "Bộ Chỉ huy Quân sự tỉnh Quảng Trị|Giấy khen|9|13|0"])
    }

    @Test func theOrganizersInstitutionCompletesGiversWhenItIsNoKnownUnit() {
        let found = awards("Sáng 9/4, Đảng ủy Bệnh viện Đa khoa tỉnh Ninh Bình tổ chức hội nghị. Dịp này, Đảng ủy Bệnh viện tặng Giấy khen cho 2 chi bộ và 7 đảng viên; Giám đốc Bệnh viện tặng Giấy khen cho 5 khoa, phòng.",
                           title: "Bệnh viện Đa khoa tỉnh Ninh Bình sơ kết chuyên đề")
        #expect(summary(found) == ["Đảng ủy Bệnh viện Đa khoa tỉnh Ninh Bình|Giấy khen|2|7|0", "Giám đốc Bệnh viện Đa khoa tỉnh Ninh Bình|Giấy khen|5|0|0"])
    }

    @Test func theCityOfACityPartyCommitteeIsThatCity() {
        let found = awards("Sáng 14/5, Thành ủy Uông Bí tổ chức hội nghị sơ kết. Dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 3 tập thể, 4 cá nhân.",
                           title: "Thành ủy Uông Bí sơ kết chuyên đề")
        #expect(summary(found) == ["Chủ tịch UBND thành phố Uông Bí|Giấy khen|3|4|0"])
    }

    @Test func namesOfTheCountedBetweenTwoCountsKeepOneList() {
        let found = awards("Dịp này, Ban Thường vụ Tỉnh ủy biểu dương 2 tập thể gồm Đảng ủy xã Cam Hiếu, Đảng ủy xã Cam Thủy và 5 cá nhân có nhiều đóng góp.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|biểu dương|2|5|0"])
    }

    @Test func aCountNamedThenPassive() {
        let found = awards("Tại buổi lễ, một tập thể là Hội Nông dân huyện Gio Linh được Trung ương Hội Nông dân Việt Nam tặng Bằng khen.")
        #expect(summary(found) == ["Trung ương Hội Nông dân Việt Nam|Bằng khen|1|0|0"])
    }

    /// (A body no vocabulary knows, named with a bare "tỉnh", is of the article's province.)
    @Test func aTotalSplitLaterInTheSentenceRespectively() {
        let found = awards("Có 70 đoàn viên tiêu biểu được tuyên dương tại buổi lễ, trong đó Tỉnh đoàn và Hội Liên hiệp Thanh niên tỉnh lần lượt tặng Bằng khen cho 30 và 40 đoàn viên.")
        #expect(summary(found) == ["Tỉnh đoàn Quảng Trị|Bằng khen|0|30|0", "Hội Liên hiệp Thanh niên tỉnh Quảng Trị|Bằng khen|0|40|0"])
    }

    @Test func aQuotedSpeechRecallingAnotherCeremonyIsNotAnAward() {
        let found = awards("""
            "Năm ngoái, tại hội nghị tổng kết của huyện, 3 chi bộ của xã vinh dự được Ban Thường vụ Huyện ủy tặng Giấy khen. Đó là động lực để chúng ta phấn đấu", đồng chí Bí thư chia sẻ.

            Dịp này, Đảng ủy xã tặng Giấy khen cho 4 chi bộ và 9 đảng viên.
            """)
        #expect(summary(found).map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Giấy khen|4|9|0"])
    }

    @Test func awardsOverAPeriodAreNotThisEvents() {
        let found = awards("Cũng trong giai đoạn này, huyện đã khen thưởng 54 tập thể, 97 cá nhân. Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể.")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|3|0|0"])
    }

    @Test func aQuotedAwardNameBeforeTheRecipients() {
        let found = awards("Dịp này, Ban Tuyên giáo Trung ương trao Kỷ niệm chương “Vì sự nghiệp Tuyên giáo” cho 9 cán bộ có nhiều đóng góp.")
        #expect(summary(found) == ["Ban Tuyên giáo Trung ương|Kỷ niệm chương|0|9|0"])
    }

    @Test func aSentenceRetellingPartOfAnAwardIsNotAnother() {
        let found = awards("""
            Thượng tá Trần Văn Nam trao Giấy khen của Đảng ủy Bộ đội Biên phòng tỉnh cho 3 đồn Biên phòng có thành tích xuất sắc trong năm qua.

            Dịp này, Đảng ủy Bộ đội Biên phòng tỉnh tặng Giấy khen cho 3 đồn Biên phòng và 8 đảng viên.
            """)
        #expect(summary(found) == ["Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|3|8|0"])
    }

    @Test func placesAndBodiesCountRightAfterTheAwardWord() {
        let found = awards("Dịp này, Chủ tịch UBND TP.Đông Hà tặng Giấy khen cho 5 khu phố và 2 phường có mô hình hay. Toàn thành phố có 9 phường.")
        #expect(summary(found) == ["Chủ tịch UBND thành phố Đông Hà|Giấy khen|7|0|0"])
    }

    @Test func moreRecipientsJoinedByVaShareTheAward() {
        let found = awards("Kết thúc hội thi, Giám đốc Sở Y tế tặng Giấy khen cho 4 tập thể có thành tích tổ chức tốt vòng sơ khảo và 12 bác sĩ đạt giải.")
        #expect(summary(found) == ["Giám đốc Sở Y tế tỉnh Quảng Trị|Giấy khen|4|12|0"])
    }

    @Test func aCombinedCountWithItsOwnSplitIsTheSplit() {
        let found = awards("Tại hội nghị, Ban Thường vụ Huyện ủy Hải Lăng tặng Giấy khen cho 21 tập thể, cá nhân, trong đó có 9 tập thể và 12 cá nhân.")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Hải Lăng|Giấy khen|9|12|0"])
    }

    @Test func aNamedUnitReceivingAFlag() {
        let found = awards("Tại buổi lễ, Công đoàn Công ty Cổ phần Dệt may Quảng Trị vinh dự đón nhận Cờ thi đua của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam. Các tập thể, cá nhân nhận Bằng khen của Chủ tịch UBND tỉnh.")
        #expect(summary(found) == ["Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam|Cờ thi đua|1|0|0"])
    }

    /// The article's unit named by its kind alone ("công ty", "nhà trường") receiving: one collective. Not many units ("các đơn vị"),
    /// nor a kind with more words than the unit's ("công ty con"), nor given to ("được … tặng"), most often of an earlier year.
    @Test func theArticlesUnitReceivingByItsKindAlone() {
        #expect(summary(awards("Dịp này, công ty vinh dự đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước vì đã có thành tích xuất sắc.")) == ["Chủ tịch nước|Huân chương|1|0|0"])
        #expect(summary(awards("Tại buổi lễ, nhà trường vinh dự đón nhận Cờ thi đua của UBND tỉnh.")) == ["UBND tỉnh Quảng Trị|Cờ thi đua|1|0|0"])
        #expect(summary(awards("Tại buổi lễ, các đơn vị vinh dự đón nhận Cờ thi đua của UBND tỉnh.")) == [])
        #expect(summary(awards("Tại buổi lễ, công ty con vinh dự đón nhận Cờ thi đua của UBND tỉnh.")) == [])
        // Given to, or received with no occasion said, it is told of earlier years.
        #expect(summary(awards("Kết quả đó góp phần để năm 2021, nhà trường được Chủ tịch UBND tỉnh tặng Cờ thi đua xuất sắc.")) == [])
        #expect(summary(awards("Kết quả đó góp phần để năm 2021, nhà trường được nhận Cờ thi đua của UBND tỉnh.")) == [])
        #expect(summary(awards("Nhiều năm liền, nhà trường đón nhận Cờ thi đua của UBND tỉnh.")) == [])
    }

    @Test func eachIsNotAPastMarker() {
        let found = awards("Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 6 tập thể, 8 cá nhân, với phần thưởng trao tận tay từng người.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|6|8|0"])
    }

    @Test func recognizingIsNotReceiving() {
        let found = awards("Dịp này, UBND tỉnh công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho 10 cá nhân.")
        #expect(summary(found) == ["UBND tỉnh Quảng Trị|Chiến sĩ thi đua|0|10|0"])
    }

    @Test func aNamedUnitReceivingWithAPlaceWordInItsName() {
        let found = awards("Tại hội nghị, Công an huyện Gio Linh vinh dự đón nhận Cờ thi đua của Chủ tịch UBND tỉnh; Giám đốc Công an tỉnh tặng Giấy khen cho 9 tập thể.")
        #expect(summary(found) == ["Giám đốc Công an tỉnh Quảng Trị|Giấy khen|9|0|0", "Chủ tịch UBND tỉnh Quảng Trị|Cờ thi đua|1|0|0"])
    }

    @Test func theOccasionIsNotAGiver() {
        let found = awards("Dịp này, Ban Thường vụ Tỉnh ủy lần lượt tặng Bằng khen cho 15 tập thể, 20 cá nhân và 10 tập thể, 12 cá nhân.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|15|20|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|10|12|0"])
    }

    @Test func aPlaceCountInsideTheListIsNotARecipient() {
        let found = awards("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể thuộc 5 xã và 20 cá nhân.")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|10|20|0"])
    }

    @Test func verbsListedWithCommasShareTheirSubject() {
        let found = awards("Dịp này, Giám đốc Sở Y tế đã biểu dương, khen thưởng 4 khoa, phòng và 11 y, bác sĩ tiêu biểu.")
        #expect(found.first?.giver == "Giám đốc Sở Y tế tỉnh Quảng Trị", "\(summary(found))")
    }

    @Test func aSayingInQuotesIsNotAnAward() {
        let found = awards("Ông lưu ý việc khen thưởng phải đúng người, “khen thưởng một người để cả tập thể noi theo”, tránh chạy theo thành tích.")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func aWardsChairmanAtTheWardsEvent() {
        let found = awards("Sáng 7/3, Đảng ủy phường Đông Lễ (TP. Đông Hà) tổ chức tọa đàm. Dịp này, Chủ tịch UBND phường tặng Giấy khen cho 2 khu phố.",
                           title: "Đảng ủy phường Đông Lễ tọa đàm về làm theo Bác")
        #expect(summary(found) == ["Chủ tịch UBND phường Đông Lễ|Giấy khen|2|0|0"])
    }

    @Test func aNamedUnitGivenAFlagInThePassive() {
        let found = awards("Tại hội nghị, Công an huyện Vĩnh Linh vinh dự được Bộ trưởng Bộ Công an tặng Cờ thi đua; Giám đốc Công an tỉnh tặng Giấy khen cho 12 tập thể.")
        #expect(summary(found) == ["Giám đốc Công an tỉnh Quảng Trị|Giấy khen|12|0|0", "Bộ trưởng Bộ Công an|Cờ thi đua|1|0|0"])
    }

    @Test func someOfTheRecipientsNamedAgainAreNotAnotherAward() {
        let found = awards("Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 15 tập thể và 21 cá nhân, trong đó có 6 khu dân cư tiêu biểu.")
        #expect(summary(found) == ["Ủy ban MTTQ Việt Nam tỉnh Quảng Trị|Bằng khen|15|21|0"])
    }

    @Test func aBreakdownAfterASemicolonIsTheTotalsGiver() {
        let found = awards("Dịp này, Ban Thường vụ Huyện ủy Hải Lăng khen thưởng 40 tập thể, cá nhân; trong đó 15 tập thể và 25 cá nhân được tặng Giấy khen.")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Hải Lăng|Giấy khen|15|25|0"])
    }

    @Test func aUnitThatOnceReceivedIsNoAwardNow() {
        let found = awards("Đồn Biên phòng Cửa Tùng từng vinh dự được Bộ Tư lệnh Bộ đội Biên phòng tặng Cờ thi đua năm 2022.")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func householdsAreCollectives() {
        let found = awards("Dịp này, Chủ tịch UBND tỉnh tặng Giấy khen cho 5 hộ gia đình tiêu biểu.")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Giấy khen|5|0|0"])
    }

    @Test func anotherDaysCeremonyInTheStoryIsNotThisEvents() {
        let found = awards("Sáng 3/7/2024, Huyện ủy Gio Linh tổ chức hội nghị. Ngày 19/5/2023, tại hội nghị biểu dương của huyện, ông là 1 trong 12 cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 7 tập thể.",
                           title: "Gio Linh sơ kết chuyên đề")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|7|0|0"])
    }

    @Test func aTotalWithItsSplitRecappingTheClausesIsNotCountedAgain() {
        let found = awards("Dịp này, Ủy ban Trung ương MTTQ Việt Nam và Ủy ban MTTQ Việt Nam tỉnh lần lượt tặng Bằng khen cho 2 tập thể, 3 cá nhân và 15 tập thể, 26 cá nhân. 46 điển hình được biểu dương gồm 17 tập thể và 29 cá nhân.")
        #expect(summary(found) == ["Ủy ban Trung ương MTTQ Việt Nam|Bằng khen|2|3|0", "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị|Bằng khen|15|26|0"])
    }

    @Test func aTownReceivingAFlag() {
        let found = awards("Tại đại hội, thị xã Quảng Trị vinh dự đón nhận Cờ thi đua của UBND tỉnh vì thành tích xuất sắc năm 2023.")
        #expect(summary(found).map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Cờ thi đua|1|0|0"], "\(summary(found))")
    }

    @Test func awardsListedAsBulletLines() {
        let found = awards("""
            Tại hội nghị, các tập thể, cá nhân có thành tích xuất sắc được khen thưởng, cụ thể:

            - Bằng khen của Chủ tịch UBND tỉnh: 4 tập thể, 6 cá nhân

            - Giấy khen của Ban Dân vận Tỉnh ủy: 11 tập thể, 19 cá nhân
            """)
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|4|6|0", "Ban Dân vận Tỉnh ủy Quảng Trị|Giấy khen|11|19|0"])
    }

    @Test func theMeetingAsSubjectGivesForTheOrganizer() {
        let found = awards("Sáng 5/6, Hội Liên hiệp Phụ nữ tỉnh Quảng Trị tổ chức hội nghị. Hội nghị cũng biểu dương 30 cá nhân là phụ nữ tiêu biểu.",
                           title: "Hội Liên hiệp Phụ nữ tỉnh biểu dương phụ nữ tiêu biểu")
        #expect(found.first?.giver?.hasPrefix("Hội nghị") == false, "\(summary(found))")
        #expect(found.first?.individuals == 30)
    }

    @Test func twoGiversTwoKindsTwoListsInOrder() {
        let found = awards("Dịp này, Bộ Tư lệnh Quân khu 4 và Đảng ủy Quân sự tỉnh tặng Bằng khen, Giấy khen cho 2 tập thể, 3 cá nhân và 10 tập thể, 16 cá nhân.")
        #expect(summary(found) == ["Bộ Tư lệnh Quân khu 4|Bằng khen|2|3|0", "Đảng ủy Quân sự tỉnh Quảng Trị|Giấy khen|10|16|0"])
    }

    @Test func theHeadOfTheOrganizerNamedByItsPost() {
        let found = awards("Sáng 2/8, Công an huyện Gio Linh tổ chức hội nghị. Dịp này, Trưởng Công an huyện khen thưởng 12 cá nhân.",
                           title: "Công an huyện Gio Linh sơ kết chuyên đề")
        #expect(found.first?.giver == "Trưởng Công an huyện Gio Linh", "\(summary(found))")
    }

    @Test func aMinistryWrittenShortIsSpelledOut() {
        let found = awards("Tại hội nghị, 8 tập thể, 10 cá nhân nhận Bằng khen của Bộ trưởng Bộ GD&ĐT.")
        #expect(found.first?.giver == "Bộ trưởng Bộ Giáo dục và Đào tạo", "\(summary(found))")
    }

    @Test func aNamedSchoolAndCountedTeachersShareTheirAward() {
        let found = awards("Thừa ủy quyền của Chủ tịch nước, đồng chí Hà Sỹ Đồng trao Huân chương Lao động hạng Ba cho Trường THPT chuyên Lê Quý Đôn và hai nhà giáo.")
        #expect(summary(found) == ["Chủ tịch nước|Huân chương|1|2|0"])
    }

    @Test func aTotalSortedIntoGroupsOfTheSamePeopleStaysTheAward() {
        let found = awards("Dịp này, 60 gương được Tỉnh đoàn tuyên dương gồm 20 gương thuộc khối lực lượng vũ trang, 25 gương khối trường học và 15 gương khối địa bàn dân cư.")
        #expect(summary(found) == ["Tỉnh đoàn Quảng Trị|tuyên dương|0|60|0"])
    }

    @Test func reportersAndCandidatesAreIndividuals() {
        let found = awards("Dịp này, Ban Tuyên giáo Tỉnh ủy tặng giấy khen cho 6 báo cáo viên và Ban Chấp hành Tỉnh đoàn tặng Bằng khen cho ba thí sinh đạt giải.")
        #expect(summary(found).map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Giấy khen|0|6|0", "Bằng khen|0|3|0"], "\(summary(found))")
    }

    @Test func listedAwardsThatLookLikeCaptionsStayAwards() {
        let found = awards("""
            Sáng 5/6, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết chuyên đề năm 2024 với đông đảo cán bộ, hội viên tham dự.

            Dịp này, các tập thể, cá nhân có thành tích xuất sắc được khen thưởng, cụ thể:

            - 2 tập thể, 3 cá nhân nhận Bằng khen của Trung ương Hội LHPN Việt Nam;

            - 18 tập thể và 30 cá nhân nhận Giấy khen của Ban Thường vụ Hội LHPN tỉnh.
            """)
        #expect(summary(found).map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Bằng khen|2|3|0", "Giấy khen|18|30|0"], "\(summary(found))")
    }

    @Test func aCombinedCountWithOnlyOnePartNamedHasTheRestAsTheOther() {
        let found = awards("Dịp này, Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 25 tập thể, cá nhân, trong đó có 9 tập thể.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh đoàn Quảng Trị|Bằng khen|9|16|0"])
    }

    @Test func aNamedUnitHeadingAList() {
        let found = awards("Nhân dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho Chi bộ Xí nghiệp Thủy lợi Gio Linh và 3 đảng viên tiêu biểu.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|1|3|0"])
        // After "tập thể", any name is one unit: a fishing boat's crew, a class.
        #expect(summary(awards("Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho tập thể tàu cá QT 90123 TS và 9 cá nhân là thuyền trưởng, thuyền viên.")) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|1|9|0"])
        #expect(summary(awards("Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho tập thể lớp 12A1.")) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|1|0|0"])
        #expect(summary(awards("Tại buổi lễ, Giám đốc Công ty trao Giấy khen cho tập thể Cửa hàng xăng dầu số 27 và 3 cá nhân.")) == ["Giám đốc Công ty|Giấy khen|1|3|0"])
        // Trade unions, farms, factories counted right after the award; a trade union's members are people.
        #expect(summary(awards("Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 5 công đoàn giáo dục tỉnh có thành tích xuất sắc.")).map { $0.hasSuffix("|Bằng khen|5|0|0") } == [true])
        #expect(summary(awards("Dịp này, Tập đoàn tặng Cờ thi đua cho 2 nông trường và Bằng khen cho 3 nhà máy.")).map { $0.hasSuffix("|2|0|0") || $0.hasSuffix("|3|0|0") } == [true, true])
        #expect(summary(awards("Dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho 60 công đoàn viên.")).map { $0.hasSuffix("|Bằng khen|0|60|0") } == [true])
        // More after the joiner, in the plural and not counted: no count is right.
        #expect(summary(awards("Kết thúc chương trình, Đại tá Lò Văn Hùng trao Giấy khen của Bộ Chỉ huy BĐBP tỉnh cho tập thể Bệnh xá Quân dân y kết hợp và các điển hình tham gia giao lưu.")) == [])
        // Not in the reason ("… và các phong trào thi đua"), nor before people named ("và các bác sĩ Nguyễn Văn An, Trần Thị Bình").
        #expect(summary(awards("Dịp này, Giám đốc Sở Giáo dục và Đào tạo trao Cờ thi đua cho tập thể Trường THPT Chuyên Lê Quý Đôn vì có thành tích xuất sắc trong giảng dạy và các phong trào thi đua.")).map { $0.hasSuffix("|Cờ thi đua|1|0|0") } == [true])
    }

    @Test func aSentenceSetInThePastGovernsAllItsClauses() {
        let found = awards("Tại hội nghị tổng kết năm trước, Ban Thường vụ Huyện ủy đã khen thưởng 12 tập thể; 2 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen.")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func figuresOfTheYearAreNotThisEvents() {
        let found = awards("Trong năm, có 126 tập thể, 312 cá nhân trong lực lượng vũ trang tỉnh được cấp trên khen thưởng.")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func aMedalWithALongNameThenItsGiver() {
        let found = awards("Dịp này, Hội Cựu chiến binh tỉnh vinh dự đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba của Chủ tịch nước.")
        #expect(summary(found) == ["Chủ tịch nước|Huân chương|1|0|0"])
    }

    @Test func theBorderGuardCommandIsCentral() {
        let found = awards("Dịp này, Bộ Tư lệnh BĐBP tặng Bằng khen cho 4 tập thể, 6 cá nhân.")
        #expect(summary(found) == ["Bộ Tư lệnh Bộ đội Biên phòng|Bằng khen|4|6|0"])
    }

    @Test func numbersWrittenInWordsUpToNinetyNine() {
        let found = awards("Dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho mười tập thể và hai mươi lăm đoàn viên tiêu biểu.")
        #expect(summary(found).map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Bằng khen|10|25|0"], "\(summary(found))")
        #expect(NumberWords.value("ba mươi tư") == 34 && NumberWords.value("hai mươi mốt") == 21)
    }

    @Test func aClauseWithoutASubjectHasTheSentences() {
        let found = awards("Dịp này, Ban Thường vụ Tỉnh ủy tặng Cờ thi đua cho Đảng bộ huyện Gio Linh; tặng Bằng khen cho 18 tập thể, 21 cá nhân.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|18|21|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Cờ thi đua|1|0|0"])
    }

    @Test func anOccasionDatedBeforeTheEventOpensItsSentence() {
        let found = awards("Ngày 10/3/2025, Thị ủy Quảng Trị tổ chức hội nghị. Tại hội nghị tổng kết cuối năm 2024, Ban Thường vụ Thị ủy đã khen thưởng 12 tập thể và 17 cá nhân.",
                           title: "Thị ủy Quảng Trị quán triệt chuyên đề năm 2025")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func awardsOfThePeriodAreNotThisEvents() {
        let found = awards("Trong giai đoạn, 4 tập thể và 9 cá nhân của lực lượng vũ trang tỉnh được Bộ Quốc phòng tặng Bằng khen.")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func aPersonNamedWithATitleInApposition() {
        let found = awards("Dịp này, ThS Lê Thị Hoa, Trưởng Khoa Lý luận cơ sở của Trường Chính trị tỉnh, được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc.")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|0|1|0"])
    }

    @Test func aLineOfTheBodyHandingOverNamesTheKind() {
        let found = awards("""
            Dịp này, Ban Thường vụ Hội Nông dân tỉnh khen thưởng 15 tập thể, 20 cá nhân có nhiều đóng góp cho phong trào.

            Lãnh đạo Hội Nông dân tỉnh trao Bằng khen của Ban Thường vụ Hội Nông dân tỉnh cho các tập thể, cá nhân xuất sắc.
            """)
        #expect(summary(found) == ["Ban Thường vụ Hội Nông dân tỉnh Quảng Trị|Bằng khen|15|20|0"])
    }

    @Test func leadersHandingOverAreNoGiverAndAKindNamesItsOwn() {
        let found = awards("Các đồng chí lãnh đạo tỉnh lần lượt trao Bằng khen của Thủ tướng Chính phủ cho 2 tập thể và 2 cá nhân; Bằng khen của Ban Thường vụ Tỉnh ủy cho 25 tập thể, 30 cá nhân có thành tích xuất sắc.")
        #expect(summary(found) == ["Thủ tướng Chính phủ|Bằng khen|2|2|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|25|30|0"])
    }

    @Test func aPeriodAfterTheAchievementIsTheReasonNotACumulativeCount() {
        let found = awards("Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 8 tập thể, 11 cá nhân có thành tích xuất sắc trong 5 năm thực hiện Chỉ thị 05-CT/TW.")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|8|11|0"])
        let cumulative = awards("Trong 5 năm thực hiện Chỉ thị, Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 80 tập thể, 110 cá nhân.")
        #expect(cumulative.isEmpty, "\(summary(cumulative))")
    }

    @Test func theUnitNamedBeforeReceivesByItsKindAlone() {
        let found = awards("Ngày 20/5/2021, Đảng ủy Công ty TNHH MTV Cao su Tân Biên tổ chức hội nghị. Tại hội nghị, thừa ủy quyền của Chủ tịch nước, đồng chí Trần Ngọc Thuận trao Huân chương Lao động hạng Ba cho Công ty vì đã có thành tích xuất sắc trong sản xuất kinh doanh.",
                           title: "Cao su Tân Biên tổng kết Chỉ thị 05")
        #expect(summary(found) == ["Chủ tịch nước|Huân chương|1|0|0"])
    }

    @Test func peopleNamedOneByOneAfterAColon() {
        let titled = awards("Dịp này, đồng chí Vũ Thị Hằng trao Kỷ niệm chương của Tổng Liên đoàn Lao động Việt Nam cho các đồng chí: Trần Thị Hạnh, Chủ tịch Công đoàn Công ty May; Nguyễn Văn Khải, Chủ tịch Công đoàn các Khu công nghiệp tỉnh; và Phạm Minh Đức, Chủ tịch Công đoàn ngành Giáo dục.")
        #expect(summary(titled) == ["Tổng Liên đoàn Lao động Việt Nam|Kỷ niệm chương|0|3|0"])
        let bare = awards("Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho các đồng chí: Lê Văn An, Hồ Thị Bình và Trần Quốc Cường.")
        #expect(summary(bare) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|0|3|0"])
    }

    @Test func aYearOpeningAClauseIsNeverACountAndAnEarlierYearIsThePast() {
        let found = awards("Ngày 9/3/2023, Công an tỉnh Quảng Trị tổ chức hội nghị tổng kết. Nhiều tập thể, cá nhân đã được các cấp ghi nhận; tiêu biểu, năm 2022 Phòng Cảnh sát cơ động vinh dự được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba; tại Hội nghị tổng kết công tác năm 2022 của Bộ Công an, Công an tỉnh được Bộ trưởng Bộ Công an tặng Cờ thi đua. Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 14 tập thể, 27 cá nhân.",
                           title: "Công an tỉnh Quảng Trị tổng kết năm 2022")
        #expect(summary(found) == ["Giám đốc Công an tỉnh Quảng Trị|Giấy khen|14|27|0"])
    }

    @Test func aLetterClosingANameEndsTheSentence() {
        #expect(ArticleText.sentences("Ba chi bộ gồm Chi bộ ấp Chợ và Chi bộ Trường Tiểu học Ngãi Xuyên A. Ủy ban nhân dân xã cũng tặng Giấy khen.").count == 2)
        #expect(ArticleText.sentences("Hội nghị diễn ra tại P. Tân Định, TP. Hồ Chí Minh.").count == 1, "abbreviations of place words")
        #expect(ArticleText.sentences("Chi bộ biểu dương 6 đảng viên tiêu biểu học kỳ I. Trước đó, năm học 2020 - 2021, chi bộ có 2 đảng viên được tặng Giấy khen.").count == 2,
                "a period numbered by a Roman figure")
        let found = awards("Dịp này, Đảng ủy xã tặng Giấy khen cho ba chi bộ và năm đảng viên; ba chi bộ gồm Chi bộ ấp Chợ, Chi bộ ấp Búng Lớn và Chi bộ Trường Tiểu học Ngãi Xuyên A. Ủy ban nhân dân xã cũng tặng Giấy khen cho hai tập thể, bốn cá nhân.",
                           title: "Đảng ủy xã Ngãi Xuyên sơ kết chuyên đề")
        #expect(summary(found) == ["Đảng ủy xã Ngãi Xuyên|Giấy khen|3|5|0", "Ủy ban nhân dân xã Ngãi Xuyên|Giấy khen|2|4|0"])
    }

    @Test func unitsAndAPersonNamedOneAfterAnother() {
        let units = awards("Thừa ủy quyền của Tư lệnh Quân khu 4, đồng chí Lê Văn Hải trao Cờ thi đua của Bộ Tư lệnh Quân khu 4 cho Ban Chỉ huy Quân sự huyện Gio Linh và Ban Chỉ huy Quân sự huyện Hải Lăng.")
        #expect(summary(units).map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Cờ thi đua|2|0|0"], "\(summary(units))")
        let mixed = awards("Dịp này, Bí thư Tỉnh ủy trao Bằng khen của Ban Thường vụ Tỉnh ủy cho Đảng ủy xã Gio Mỹ và ông Lê Văn Tám, Bí thư Chi bộ thôn 3, vì có thành tích xuất sắc.")
        #expect(summary(mixed) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|1|1|0"])
    }

    @Test func countsListedForGiversInTurn() {
        let found = awards("Tại hội nghị, các đồng chí lãnh đạo tỉnh lần lượt trao Bằng khen của Thủ tướng Chính phủ, Bằng khen của Ban Tuyên giáo Trung ương và Bằng khen của Ban Thường vụ Tỉnh ủy cho 3, 7 và 66 tập thể, cá nhân có thành tích xuất sắc.")
        #expect(summary(found) == ["Thủ tướng Chính phủ|Bằng khen|0|0|3", "Ban Tuyên giáo Trung ương|Bằng khen|0|0|7", "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|0|0|66"])
    }

    @Test func whatANamesParenthesesSayIsNoName() {
        #expect(Fixtures.knowledge.extraction.awards.namesListed("Lò Thị Mai (Công đoàn Công ty CP Chè Than Uyên, Lai Châu), Đinh Quang Toản (Công đoàn Điện lực) và Trần Văn Phúc.") == 3)
    }

    @Test func anOccasionOfAnEarlierYearDoesNotTieACumulativeSentenceToTheEvent() {
        let found = awards("Ngày 20/5/2017, Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết. Trong năm, các cấp ủy đã khen thưởng 215 tập thể, 487 cá nhân; riêng Ban Thường vụ Tỉnh ủy đã trao Bằng khen cho 14 tập thể, cá nhân tại Lễ kỷ niệm 126 năm Ngày sinh Chủ tịch Hồ Chí Minh năm 2016.",
                           title: "Quảng Trị sơ kết 1 năm thực hiện Chỉ thị 05")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func workersCountedByWhatTheyAre() {
        let found = awards("Tại buổi lễ, 120 công nhân, viên chức, lao động tiêu biểu đã được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen.")
        #expect(summary(found) == ["Tổng Liên đoàn Lao động Việt Nam|Bằng khen|0|120|0"])
    }

    @Test func anEarlierMonthOrYearOpeningTheSentenceIsThePast() {
        let month = awards("Ngày 28/12/2023, Đảng ủy xã Gio Mỹ tổ chức hội nghị tổng kết. Tại hội nghị sơ kết 6 tháng (tháng 7/2023), Đảng ủy xã đã biểu dương 5 tập thể và 6 cá nhân có cách làm hay.",
                           title: "Gio Mỹ tổng kết chuyên đề năm 2023")
        #expect(month.isEmpty, "\(summary(month))")
        let year = awards("Ngày 12/6/2025, Huyện ủy Gio Linh tổ chức hội nghị tổng kết. Năm 2021, tại hội nghị sơ kết 5 năm thực hiện Chỉ thị 05, Ban Thường vụ Huyện ủy đã khen thưởng 35 tập thể, 52 cá nhân.",
                          title: "Gio Linh tổng kết 10 năm thực hiện Chỉ thị 05")
        #expect(year.isEmpty, "\(summary(year))")
    }

    @Test func partsOfATotalGivenTheirOwnAwards() {
        let found = awards("Tại buổi lễ, 60 cá nhân được tuyên dương, trong đó có 5 cá nhân được Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen và 55 cá nhân được Ban Chấp hành Liên đoàn Lao động tỉnh tặng Bằng khen.")
        #expect(summary(found) == ["Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam|Bằng khen|0|5|0", "Ban Chấp hành Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|0|55|0"])
        let composition = awards("Các gương được tuyên dương lần này do Ban Thường vụ lựa chọn; trong số 60 gương có 38 đoàn viên là công nhân trực tiếp sản xuất.")
        #expect(composition.isEmpty, "\(summary(composition))")
    }

    @Test func recipientsByTradeAfterTheAwardsOwnGiverAndNamedBeforeCounts() {
        #expect(lines("Dịp này, Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho 3 doanh nghiệp có thành tích xuất sắc.") == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|3|0|0"])
        #expect(lines("Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho Chi cục Thuế thành phố Đông Hà và 3 cá nhân có thành tích xuất sắc.") == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|1|3|0"])
        #expect(lines("Chủ tịch UBND xã tặng Giấy khen cho 4 tập thể gồm: thôn 2, thôn Hà Thượng, Trường Tiểu học Gio Mỹ 1, Đoàn Thanh niên xã và 6 cá nhân gồm: ông Lê Văn Tư, bà Trần Thị Lệ.", title: "Đảng ủy xã Gio Mỹ sơ kết") == ["Chủ tịch UBND xã Gio Mỹ|Giấy khen|4|6|0"])
        #expect(lines("Tại hội nghị, Hiệu trưởng nhà trường tặng Giấy khen cho 2 tổ chuyên môn (Tổ Toán - Tin và Tổ Ngữ văn) cùng 9 cá nhân có thành tích tiêu biểu.", title: "Đảng ủy Trường THPT Gio Linh sơ kết") == ["Hiệu trưởng Trường THPT Gio Linh|Giấy khen|2|9|0"])
        #expect(lines("Tại buổi lễ, Ban Thường vụ Hội LHPN tỉnh tặng Giấy khen cho 12 tập thể và tuyên dương 45 phụ nữ tiêu biểu.") == ["Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Quảng Trị|Giấy khen|12|0|0", "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Quảng Trị|tuyên dương|0|45|0"])
    }

    @Test func aUnitOrPersonNamedRightAfterTheVerbOrAfterAUnit() {
        let verb = awards("Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 10 tập thể và 12 cá nhân. Ban Thường vụ Tỉnh ủy cũng biểu dương Chi bộ khu phố 1 (phường Đông Lễ) là chi bộ có mô hình hay.")
        #expect(summary(verb) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|10|12|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|biểu dương|1|0|0"])
        let person = awards("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho Khoa Kiểm soát bệnh tật và bác sĩ Vũ Thị Mai, Trưởng Trạm Y tế xã Gio Mỹ vì có thành tích xuất sắc.")
        #expect(summary(person) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|1|1|0"])
    }

    @Test func aLineOfLeadersHandingOverPartOfAnAwardRetellsIt() {
        let found = awards("""
            Dịp này, Ban Thường vụ Huyện ủy Gio Linh tặng Giấy khen cho 18 tập thể, 27 cá nhân có thành tích xuất sắc.

            Lãnh đạo Huyện ủy Gio Linh trao Giấy khen cho 18 tập thể có thành tích xuất sắc trong thực hiện Chỉ thị 05.
            """, title: "Gio Linh tổng kết Chỉ thị 05")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|18|27|0"])
    }

    @Test func aLineNamingTheGiverWithoutItsPlaceNamesTheKind() {
        let found = awards("""
            Chiều 8/11, Ban Thường vụ Huyện ủy Gio Linh tổ chức hội nghị biểu dương điển hình người tốt, việc tốt.

            Đồng chí Lê Văn An, Phó Bí thư Thường trực Huyện ủy trao Giấy khen của Ban Thường vụ Huyện ủy cho các điển hình người tốt, việc tốt.

            Tại hội nghị, Ban Thường vụ Huyện ủy đã biểu dương, khen thưởng 12 tập thể và 41 cá nhân có thành tích tiêu biểu.
            """, title: "Gio Linh biểu dương điển hình người tốt, việc tốt")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|12|41|0"])
    }

    @Test func severalUnitsNamedAfterTheFirstNamedCollective() {
        #expect(lines("Dịp này, Giám đốc Sở Y tế tặng Giấy khen cho Khoa Hồi sức tích cực và Khoa Nhi; Giám đốc Bệnh viện tặng Giấy khen cho 6 tập thể khoa, phòng và 14 cá nhân.") == ["Giám đốc Bệnh viện|Giấy khen|6|14|0", "Giám đốc Sở Y tế tỉnh Quảng Trị|Giấy khen|2|0|0"])
    }

    @Test func aBreakdownRunningPastItsFirstClause() {
        let found = awards("Dịp này, UBND tỉnh khen thưởng 120 tập thể, cá nhân, trong đó Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể dẫn đầu; tặng Bằng khen cho 45 tập thể và 72 cá nhân có thành tích tiêu biểu.")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Cờ thi đua|3|0|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|45|72|0"])
    }

    @Test func allLevelsOverTimeAreNoAwardOfTheEvent() {
        let found = awards("Các cấp đã phát hiện, nhân rộng hơn 3.600 mô hình, điển hình; biểu dương, khen thưởng 2.150 tập thể và 3.870 cá nhân.")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func awardsStillToComeAreNotThisEvents() {
        let found = awards("Thời gian tới, Ban Thường vụ Tỉnh ủy sẽ xem xét, khen thưởng 15 tập thể, 20 cá nhân có thành tích tiêu biểu tại hội nghị tổng kết công tác xây dựng Đảng.")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func twoPeopleNamedAndThePoolTheyWereChosenFrom() {
        #expect(lines("Dịp này, Chủ tịch UBND tỉnh tặng Giấy khen cho ông Nguyễn Văn Bảy và bà Lê Thị Mỹ vì có nhiều đóng góp.") == ["Chủ tịch UBND tỉnh Quảng Trị|Giấy khen|0|2|0"])
        #expect(lines("Tại buổi lễ, Ban Thường vụ Tỉnh đoàn tuyên dương 60 thanh niên tiêu biểu. 60 gương được tuyên dương năm nay được chọn từ 213 gương thanh niên do các cơ sở đoàn đề cử.") == ["Ban Thường vụ Tỉnh đoàn Quảng Trị|tuyên dương|0|60|0"])
        let lastMonth = awards("Tháng 4 vừa qua, Tỉnh đoàn cũng đã tuyên dương 30 gương thanh niên tiên tiến.")
        #expect(lastMonth.isEmpty, "\(summary(lastMonth))")
    }

    @Test func sectorUnitsAndTitledPeople() {
        #expect(lines("Dịp này, Giám đốc Công ty tặng Giấy khen cho 5 đội và 14 cá nhân là điển hình tiên tiến.", title: "Công ty Điện lực Quảng Trị tổng kết") == ["Giám đốc Công ty|Giấy khen|5|14|0"])
        #expect(lines("Dịp này, Hiệu trưởng Nhà trường tặng Giấy khen cho Khoa Y Dược và Khoa Nông Lâm nghiệp cùng TS. Y Khem Niê và ThS. Lê Thị Thu Hà.",
                               title: "Đảng ủy Trường Đại học Tây Nguyên hội thảo") == ["Hiệu trưởng Trường Đại học Tây Nguyên|Giấy khen|2|2|0"])
        #expect(lines("Tại hội nghị, đồng chí Đỗ Minh Tâm trao Bằng khen của Ban Thường vụ Tỉnh ủy cho BHXH tỉnh Kon Tum và 2 cá nhân có thành tích xuất sắc.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|1|2|0"])
    }

    @Test func recipientsNamedOnePerBulletLine() {
        let found = awards("""
            Tại hội nghị, Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc:
            - Hội LHPN huyện Hải Lăng;
            - Hội LHPN xã Gio Mỹ, huyện Gio Linh;
            - Bà Lê Thị Hằng, Chủ tịch Hội LHPN xã Triệu Độ;
            - Bà Trần Thị Lan, hội viên Chi hội phụ nữ thôn 3.

            Đồng chí Hồ Thị Mai phát biểu tại hội nghị.
            """)
        #expect(summary(found) == ["Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam|Bằng khen|2|2|0"])
    }

    @Test func twoUnitsReceivingAsTheSubjectAndWomenCountedAsChị() {
        let units = awards("Cũng tại Đại hội, Phân xưởng Khai thác 3 và Phân xưởng Vận tải lò vinh dự đón nhận Cờ thi đua của Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam.")
        #expect(summary(units).map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Cờ thi đua|2|0|0"], "\(summary(units))")
        #expect(lines("Nhân dịp này, Kỷ niệm chương của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam đã được trao cho 3 chị có nhiều đóng góp cho công tác Hội.") == ["Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam|Kỷ niệm chương|0|3|0"])
    }

    @Test func aCeremonyHeldInAnEarlierYearIsThePast() {
        let found = awards("Ngày 15/5/2024, Ban Thường vụ Tỉnh ủy tổ chức lễ biểu dương. Tiếp nối lễ biểu dương 25 điển hình tiên tiến tổ chức năm 2021, lễ biểu dương năm nay tiếp tục tôn vinh những tập thể, cá nhân có nhiều đóng góp.",
                           title: "Quảng Trị biểu dương điển hình tiên tiến")
        #expect(found.isEmpty, "\(summary(found))")
    }

    @Test func unitsListedBeforeACount() {
        #expect(lines("Đồng chí Lê Thị Thu Trang trao Bằng khen của Ban Tuyên giáo Trung ương cho Đảng ủy Khối các cơ quan tỉnh, Huyện ủy Gio Linh, Thị ủy Quảng Trị và 3 cá nhân.") == ["Ban Tuyên giáo Trung ương|Bằng khen|3|3|0"])
    }

    @Test func aUnitAndAPersonWithHerTitleReceivingTogether() {
        let found = awards("Dịp này, 27 tập thể, cá nhân được khen thưởng. Trong đó, Chi bộ thôn Đồng Hải và bà Vũ Thị Nhàn, Chi hội trưởng Chi hội Phụ nữ thôn An Phú được Ban Thường vụ Huyện ủy Gio Linh tặng Giấy khen.",
                           title: "Đảng ủy xã Gio Mỹ sơ kết chuyên đề")
        // The 27 first counted are the headline the named two belong to; who gave them, the article does not say.
        #expect(summary(found) == ["Đảng ủy xã Gio Mỹ|khen thưởng|0|0|27", "Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|1|1|0"], "\(summary(found))")
    }

    @Test func theInstitutionOrANamedUnitHeadingCountedPeople() {
        let school = awards("Tại buổi lễ, Chủ tịch UBND tỉnh tặng Bằng khen cho nhà trường và 9 học sinh đạt giải Nhất, giải Nhì.", title: "Trường THPT chuyên Lê Quý Đôn tuyên dương học sinh")
        // No province in the article: the giver's stays unnamed.
        #expect(summary(school) == ["Chủ tịch UBND tỉnh|Bằng khen|1|9|0"], "\(summary(school))")
        #expect(lines("Dịp này, Giám đốc Sở Y tế trao Kỷ niệm chương cho 5 cá nhân; Khoa Hồi sức tích cực - Chống độc và 4 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.") == ["Giám đốc Sở Y tế tỉnh Quảng Trị|Kỷ niệm chương|0|5|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|1|4|0"])
    }

    @Test func giversInTurnAfterABreakdownOpener() {
        let found = awards("Dịp này, Nhà trường khen thưởng 38 tập thể, cá nhân có thành tích tiêu biểu, trong đó Ban Thường vụ Đảng ủy Trường và Hiệu trưởng lần lượt tặng Giấy khen cho 8 tập thể, 14 cá nhân và 5 tập thể, 11 cá nhân.",
                           title: "Đảng ủy Trường Đại học Nha Trang sơ kết chuyên đề")
        // The bare "Hiệu trưởng" heads the institution whose party committee held the event.
        #expect(summary(found) == ["Ban Thường vụ Đảng ủy Trường Đại học Nha Trang|Giấy khen|8|14|0", "Hiệu trưởng Trường Đại học Nha Trang|Giấy khen|5|11|0"])
    }

    @Test func aPassiveAfterALongQualifierAndGrassrootsOverTime() {
        #expect(lines("Trong số các điển hình được tuyên dương, 12 tập thể và 18 cá nhân có thành tích tiêu biểu xuất sắc được Ban Thường vụ Tỉnh ủy tặng Bằng khen.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|12|18|0"])
        let grassroots = awards("Các tổ chức cơ sở đảng đã biểu dương 14 tập thể, 37 cá nhân có cách làm hay ở cơ sở.")
        #expect(grassroots.isEmpty, "\(summary(grassroots))")
        #expect(lines("Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho thí sinh Thạch Thị Sô Phia và Đảng bộ xã Phong Thạnh vì đã có thành tích xuất sắc tại Hội thi.") == ["Ban Thường vụ Huyện ủy|Giấy khen|1|1|0"])
    }

    @Test func aDepartmentsLeadersNameTheKindOfItsDirectorsAward() {
        let found = awards("""
            Tại buổi lễ, Giám đốc Sở Y tế khen thưởng 10 tập thể và 20 cá nhân có thành tích tiêu biểu.

            Lãnh đạo Sở Y tế trao Giấy khen cho các điển hình tiên tiến.
            """, title: "Sở Y tế tỉnh Quảng Trị biểu dương điển hình")
        #expect(summary(found) == ["Giám đốc Sở Y tế tỉnh Quảng Trị|Giấy khen|10|20|0"], "\(summary(found))")
        #expect(lines("Tại hội nghị, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho Nông trường Bù Nho và Nông trường Phú Thịnh.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|2|0|0"])
    }

    @Test func twoLongNamesReceivingTogether() {
        #expect(lines("Ngoài ra, Công đoàn cơ sở Công ty TNHH Long Giang và Công đoàn cơ sở Bệnh viện Đa khoa Trung tâm Tiền Giang được Tổng Liên đoàn Lao động Việt Nam tặng Cờ thi đua.") == ["Tổng Liên đoàn Lao động Việt Nam|Cờ thi đua|2|0|0"])
    }

    @Test func anOccasionOfAnEarlierYearOpeningWithDịp() {
        let found = awards("Ngày 12/6/2024, Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. Riêng dịp kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh năm 2019, Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 50 tập thể, 70 cá nhân.",
                           title: "Quảng Trị tổng kết Chỉ thị 05")
        #expect(found.isEmpty, "\(summary(found))")
    }
    /// "85 gương được biểu dương" counts the collectives among them too: it is all the clauses below, which add up to it.
    /// A count of people only is an award of its own when the clauses beside it have no collectives to make it up.
    @Test func peopleHonouredCountingTheCollectivesAmongThem() {
        let found = awards("""
            Sáng 25/9, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức lễ biểu dương. 85 gương được biểu dương lần này là những người bình dị ở khắp các địa phương.

            Trong số đó, 2 tập thể và 3 cá nhân được Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen; 30 tập thể, 45 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen; 5 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.
            """, title: "Quảng Trị biểu dương 85 gương điển hình")
        #expect(summary(found) == ["Ủy ban Trung ương MTTQ Việt Nam|Bằng khen|2|3|0", "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị|Bằng khen|30|45|0",
                                   "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|0|5|0"], "\(summary(found))")
        let ownAward = awards("""
            Sáng 25/9, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức lễ biểu dương. Dịp này, Ủy ban MTTQ tỉnh biểu dương 8 cá nhân tiêu biểu.

            Cũng tại buổi lễ, 5 cá nhân được Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen; 3 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.
            """, title: "Quảng Trị biểu dương cá nhân tiêu biểu")
        #expect(summary(ownAward) == ["Ủy ban MTTQ Việt Nam tỉnh Quảng Trị|biểu dương|0|8|0", "Ủy ban Trung ương MTTQ Việt Nam|Bằng khen|0|5|0",
                                      "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|0|3|0"])
        // One more giver's clause in the sentence telling the others', whatever their sum.
        let oneMore = awards("""
            Chiều ngày 26/2/2020, Bệnh viện Đa khoa khu vực Bắc Quảng Bình tổ chức Lễ khen thưởng.

            Dịp này, 2 tập thể và 3 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; Giám đốc Sở Y tế tặng Giấy khen cho 4 tập thể, 11 cá nhân; 5 bác sĩ được Bộ Y tế trao Kỷ niệm chương; Giám đốc bệnh viện khen thưởng 25 cá nhân điển hình.
            """, title: "Bệnh viện khen thưởng điển hình")
        #expect(summary(oneMore) == ["Chủ tịch UBND tỉnh Quảng Bình|Bằng khen|2|3|0", "Giám đốc Sở Y tế tỉnh Quảng Bình|Giấy khen|4|11|0",
                                     "Bộ Y tế|Kỷ niệm chương|0|5|0", "Giám đốc Bệnh viện Đa khoa khu vực Bắc Quảng Bình|khen thưởng|0|25|0"], "\(summary(oneMore))")
    }
    /// "… tổ chức Lễ tuyên dương 100 công nhân" beside Bằng khen for 10, 20 and 70 of them, and for 5 công đoàn: the ceremony names
    /// those honoured at it, whoever holds it with whom, and its people are the others' people.
    @Test func aCeremonyNamedByThePeopleOthersAward() {
        let found = awards("""
            Ngày 18.5.2024, Liên đoàn Lao động tỉnh Bình Dương phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức Lễ tuyên dương 100 công nhân, lao động tiêu biểu.

            Dịp này, 10 công nhân được Tổng LĐLĐ Việt Nam tặng Bằng khen; 20 công nhân nhận Bằng khen của Chủ tịch UBND tỉnh Bình Dương; 70 công nhân còn lại nhận Bằng khen của LĐLĐ tỉnh.

            LĐLĐ tỉnh cũng tặng Bằng khen cho 5 công đoàn cơ sở có thành tích xuất sắc.
            """, title: "Bình Dương tuyên dương 100 công nhân")
        #expect(!summary(found).contains { $0.contains("tuyên dương") }, "\(summary(found))")
        #expect(summary(found).count == 4, "\(summary(found))")
        // With no collectives among the others either.
        let peopleOnly = awards("""
            Ngày 18.5.2024, Liên đoàn Lao động tỉnh Bình Dương tổ chức Lễ tuyên dương 100 công nhân, lao động tiêu biểu.

            Dịp này, 10 công nhân được Tổng LĐLĐ Việt Nam tặng Bằng khen; 20 công nhân nhận Bằng khen của Chủ tịch UBND tỉnh Bình Dương; 70 công nhân còn lại nhận Bằng khen của LĐLĐ tỉnh.
            """, title: "Bình Dương tuyên dương 100 công nhân")
        #expect(summary(peopleOnly).count == 3 && !summary(peopleOnly).contains { $0.contains("tuyên dương") }, "\(summary(peopleOnly))")
    }

    /// Times that are not the award's: "16 cá nhân điển hình trong 1 năm thực hiện …" is the reason, not a tally; "2 cá nhân đã
    /// dũng cảm cứu người … hồi tháng 6 vừa qua" dates the deed. And one that is: "… tại Lễ tuyên dương của tỉnh tổ chức hồi đầu
    /// tháng 5" dates an earlier ceremony.
    @Test func timesOfTheReasonAndOfAnEarlierCeremony() {
        let police = awards("Ngày 18/5/2017, Đảng ủy Công an tỉnh Hà Nam tổ chức hội nghị sơ kết 1 năm thực hiện Chỉ thị số 05-CT/TW. Tại hội nghị, Đảng ủy Công an tỉnh tặng Giấy khen cho 5 chi bộ có thành tích xuất sắc; Giám đốc Công an tỉnh tặng Giấy khen cho 10 tập thể, 16 cá nhân điển hình trong 1 năm thực hiện Chỉ thị 05-CT/TW.", title: "Công an Hà Nam sơ kết Chỉ thị 05")
        #expect(summary(police) == ["Đảng ủy Công an tỉnh Hà Nam|Giấy khen|5|0|0", "Giám đốc Công an tỉnh Hà Nam|Giấy khen|10|16|0"], "\(summary(police))")
        let deed = awards("Sáng 25/8/2022, UBND quận Ninh Kiều tổ chức lễ tuyên dương. Dịp này, Chủ tịch UBND quận tặng Giấy khen cho 18 tập thể và 42 cá nhân có thành tích tiêu biểu; Chủ tịch UBND thành phố tặng Bằng khen cho 2 cá nhân đã dũng cảm cứu người bị đuối nước trên sông Cần Thơ hồi tháng 6 vừa qua.", title: "Ninh Kiều tuyên dương người tốt, việc tốt")
        #expect(summary(deed) == ["Chủ tịch UBND quận Ninh Kiều|Giấy khen|18|42|0", "Chủ tịch UBND thành phố Cần Thơ|Bằng khen|0|2|0"], "\(summary(deed))")
        let earlier = awards("Chiều 17/5/2023, Thành ủy Hạ Long tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Thành ủy Hạ Long tặng Giấy khen cho 25 tập thể và 40 cá nhân. Trong số này có 4 tập thể, 6 cá nhân đã được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại Lễ tuyên dương của tỉnh tổ chức hồi đầu tháng 5.", title: "Hạ Long tuyên dương điển hình")
        #expect(summary(earlier) == ["Ban Thường vụ Thành ủy Hạ Long|Giấy khen|25|40|0"], "\(summary(earlier))")
        // A year in the qualifier before "nhận": the honour received is still this congress's.
        let congress = awards("Ngày 23/6/2020, UBND huyện Lâm Hà tổ chức Đại hội thi đua yêu nước. Tại đại hội, 2 tập thể và 4 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2015 - 2020 vinh dự nhận Bằng khen của Chủ tịch UBND tỉnh Lâm Đồng.", title: "Lâm Hà đại hội thi đua")
        #expect(summary(congress) == ["Chủ tịch UBND tỉnh Lâm Đồng|Bằng khen|2|4|0"], "\(summary(congress))")
        // The reason in a passive's subject: a time after the award is still the award's.
        let passive = awards("Ngày 23/6/2020, UBND huyện Lâm Hà tổ chức Đại hội thi đua yêu nước. Dịp này, 2 cá nhân có hành động dũng cảm cứu người đã được Chủ tịch UBND tỉnh tặng Bằng khen hồi tháng 3; Chủ tịch UBND huyện tặng Giấy khen cho 3 tập thể.", title: "Lâm Hà đại hội thi đua")
        #expect(summary(passive) == ["Chủ tịch UBND huyện Lâm Hà|Giấy khen|3|0|0"], "\(summary(passive))")
    }

    /// "… đã tuyên dương 96 tập thể, cá nhân …. Trong đó có 35 tập thể và 61 cá nhân là cán bộ, …": a total the next sentence
    /// splits, with no award of its own, is the award so split; split into awards of their own, it is their headline.
    @Test func aTotalSplitByTheNextSentence() {
        #expect(lines("Sáng 12/7, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Tỉnh ủy đã tuyên dương 96 tập thể, cá nhân điển hình tiên tiến năm 2023. Trong đó có 35 tập thể và 61 cá nhân là cán bộ, đảng viên, công chức, viên chức.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|tuyên dương|35|61|0"])
        let awardsOfTheirOwn = awards("Sáng 12/7, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Tỉnh ủy đã tuyên dương 78 tập thể, cá nhân. Trong đó, 25 tập thể và 43 cá nhân được tặng Bằng khen; 10 tập thể được tặng Giấy khen.")
        // (No giver named: the organizer's, through the Ban Thường vụ it was named with.)
        #expect(summary(awardsOfTheirOwn) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|25|43|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|10|0|0"])
    }

    /// "Giám đốc Agribank Chi nhánh tỉnh Bến Tre Võ Thanh Hùng trao Giấy khen cho 7 tập thể": the post's award told again
    /// with its holder's name.
    @Test func anAwardRetoldWithTheHoldersName() {
        let found = awards("""
            Sáng 20/12, Đảng ủy Agribank Chi nhánh tỉnh Quảng Trị tổ chức hội nghị tổng kết. Dịp này, Giám đốc Agribank Chi nhánh tỉnh Quảng Trị tặng Giấy khen cho 7 tập thể, 12 cá nhân.

            Giám đốc Agribank Chi nhánh tỉnh Quảng Trị Võ Thanh Hùng trao Giấy khen cho 7 tập thể có thành tích xuất sắc.
            """, title: "Agribank Quảng Trị tổng kết Chỉ thị 05")
        #expect(summary(found) == ["Giám đốc Agribank Chi nhánh tỉnh Quảng Trị|Giấy khen|7|12|0"], "\(summary(found))")
    }
    /// "… tuyên dương 150 điển hình …. Cụ thể:" over bullet lines "- 60 tập thể …, gồm 21 …" and "- 90 cá nhân …, gồm 35 …":
    /// the list splits the total, each line by its first count.
    @Test func aTotalSplitByTheBulletsBelow() {
        let found = awards("""
            Cập nhật: 19/05/2023 08:00

            Sáng 18/5, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Tỉnh ủy đã tuyên dương 150 điển hình tiên tiến giai đoạn 2021-2023. Cụ thể:

            - 60 tập thể tiêu biểu, gồm 21 tổ chức cơ sở đảng, 18 cơ quan, đơn vị và 21 thôn, bản;

            - 90 cá nhân tiêu biểu, gồm 35 cán bộ, đảng viên; 30 công chức và 25 đoàn viên, hội viên.
            """, title: "Quảng Trị tuyên dương 150 điển hình")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|tuyên dương|60|90|0"], "\(summary(found))")
    }

    /// "Tại buổi lễ, Ban Thường vụ Tỉnh ủy tuyên dương 69 tập thể, cá nhân. Cụ thể:" over bullets that each give an award of
    /// their own ("Thủ tướng Chính phủ tặng Bằng khen cho 1 tập thể;", "… cho 1 tập thể, 2 cá nhân;") adding up to 69: their
    /// headline, though its giver gives one of them. Bullets adding up to something else leave it an award.
    @Test func aTotalOverBulletsGivingAwardsOfTheirOwn() {
        func article(_ total: Int) -> String {
            """
            Cập nhật: 17/05/2025 06:15

            Tối 16/5, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương điển hình tiên tiến. Tại buổi lễ, Ban Thường vụ Tỉnh ủy tuyên dương \(total) tập thể, cá nhân điển hình. Cụ thể:

            • Thủ tướng Chính phủ tặng Bằng khen cho 1 tập thể;

            • Ban Tuyên giáo Trung ương tặng Bằng khen cho 1 tập thể, 2 cá nhân;

            • Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 15 tập thể, 20 cá nhân;

            • Chủ tịch UBND tỉnh tặng Giấy khen cho 12 cá nhân.
            """
        }
        let given = ["Thủ tướng Chính phủ|Bằng khen|1|0|0", "Ban Tuyên giáo Trung ương|Bằng khen|1|2|0",
                     "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|15|20|0", "Chủ tịch UBND tỉnh Quảng Trị|Giấy khen|0|12|0"]
        #expect(lines(article(51), title: "Quảng Trị tuyên dương 51 điển hình") == given)
        #expect(lines(article(60), title: "Quảng Trị tuyên dương 60 điển hình") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|tuyên dương|0|0|60"] + given)
    }

    /// "45 tập thể, cá nhân …, gồm 20 tập thể và 25 cá nhân, trong số đó có 7 cá nhân là người dân tộc thiểu số": the split ends
    /// where a split of it begins. "135 đoàn viên, công nhân lao động tiêu biểu, trong đó có 48 nữ công nhân và 21 đảng viên":
    /// some of those counted, never added to them. A part given an award of its own is still one.
    @Test func someOfThoseCountedAfterTheirSplitOrTheirDescription() {
        #expect(lines("Sáng 22-8-2019, Tỉnh ủy Quảng Trị tổ chức lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Tỉnh ủy tuyên dương 45 tập thể, cá nhân điển hình tiêu biểu, gồm 20 tập thể và 25 cá nhân, trong số đó có 7 cá nhân là người dân tộc thiểu số.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|tuyên dương|20|25|0"])
        #expect(lines("Tối 16-5-2025, Liên đoàn Lao động tỉnh Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Liên đoàn Lao động tỉnh tuyên dương 135 đoàn viên, công nhân lao động tiêu biểu, trong đó có 48 nữ công nhân và 21 đảng viên.") == ["Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị|tuyên dương|0|135|0"])
        #expect(lines("Tối 16-5-2025, Liên đoàn Lao động tỉnh Quảng Trị tổ chức Lễ tuyên dương. Dịp này, Ban Thường vụ Liên đoàn Lao động tỉnh tặng Bằng khen cho 12 tập thể có thành tích xuất sắc, trong đó Chủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân.") == ["Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|12|0|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|0|3|0"])
    }

    /// "Ban Thường vụ Tỉnh ủy khen thưởng 35 tập thể, cá nhân" under captions "… trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 15
    /// tập thể" and "… cho 20 cá nhân": the captions split it (and name its kind). Captions adding up to another count split nothing.
    @Test func captionsSplittingACount() {
        func article(_ individuals: Int) -> String {
            """
            Sáng 23/4/2024, Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết. Nhân dịp này, Ban Thường vụ Tỉnh ủy khen thưởng 35 tập thể, cá nhân có thành tích xuất sắc trong thực hiện Chuyên đề năm 2023.

            Đồng chí Phó Bí thư Thường trực Tỉnh ủy trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 15 tập thể.

            Lãnh đạo Ban Tuyên giáo Tỉnh ủy trao Bằng khen của Ban Thường vụ Tỉnh ủy cho \(individuals) cá nhân.
            """
        }
        #expect(lines(article(20)) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|15|20|0"])
        #expect(lines(article(12)) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|0|0|35"])
    }

    /// "Chủ tịch UBND tỉnh tặng Bằng khen cho 18 tập thể, 22 cá nhân; Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 40 tập thể, cá
    /// nhân": two givers named by their clauses give two awards, whatever the counts add up to. One unit's telling again is one.
    @Test func anotherGiversCountEqualToASum() {
        #expect(lines("Sáng 12/6/2021, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 18 tập thể, 22 cá nhân; Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 40 tập thể, cá nhân có thành tích tiêu biểu.") == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|18|22|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|0|0|40"])
        #expect(lines("Sáng 12/6/2021, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. Tại hội nghị, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 18 tập thể, 22 cá nhân.\n\nBan Thường vụ Tỉnh ủy tặng Bằng khen cho 40 tập thể, cá nhân có thành tích tiêu biểu.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|18|22|0"])
    }

    /// "cho 25 tập thể, 35 cá nhân điển hình tiên tiến trong 3 năm thực hiện Kết luận số 01-KL/TW": the period is why they are
    /// honoured, not a count over years. "Tại Lễ tuyên dương điển hình tiên tiến tỉnh … năm 2022, huyện có 2 cá nhân được …" is
    /// still an earlier occasion.
    @Test func modelsOfAPeriodAreHonouredNow() {
        #expect(lines("Sáng 12/6/2024, Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận 01. Tại hội nghị, Chủ tịch UBND tỉnh trao Bằng khen cho 1 tập thể. Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 25 tập thể, 35 cá nhân điển hình tiên tiến trong 3 năm thực hiện Kết luận số 01-KL/TW.") == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|1|0|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|25|35|0"])
        #expect(lines("Chiều 12-7-2023, Ban Thường vụ Huyện ủy Gio Linh tổ chức chương trình giao lưu điển hình tiên tiến. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 6 tập thể, 9 cá nhân.\n\nTại Lễ tuyên dương điển hình tiên tiến tỉnh Quảng Trị năm 2022, huyện Gio Linh có 2 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.") == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|6|9|0"])
    }

    /// "Trong 30 tập thể được tuyên dương có 12 chi bộ ấp …", "Trong 20 cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen có 8
    /// đồng chí là bí thư chi bộ": who they are, not awards of their own.
    @Test func whoAreAmongThoseCounted() {
        #expect(lines("Sáng 19/5/2023, Ban Thường vụ Huyện ủy Gio Linh tổ chức lễ tuyên dương. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 30 tập thể và 20 cá nhân.\n\nTrong 30 tập thể được tuyên dương có 12 chi bộ ấp, khóm đạt danh hiệu trong sạch, vững mạnh tiêu biểu. Trong 20 cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen có 8 đồng chí là bí thư chi bộ thôn.") == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|30|20|0"])
    }

    /// "Tư lệnh Quân khu 2 tặng Bằng khen cho 3 tập thể và 5 cá nhân" retold as "… trao Bằng khen của Tư lệnh Quân khu cho 3 tập
    /// thể, 5 cá nhân": one award. Two numbered commands give two.
    @Test func aGiverWrittenWithoutItsNumber() {
        #expect(lines("Sáng 12/6/2024, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức Đại hội thi đua Quyết thắng. Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 7 tập thể và 12 cá nhân; Tư lệnh Quân khu 4 tặng Bằng khen cho 3 tập thể và 5 cá nhân.\n\nĐại tá Hoàng Văn Sơn, Phó Chính ủy Quân khu 4 trao Bằng khen của Tư lệnh Quân khu cho 3 tập thể, 5 cá nhân.") == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|7|12|0", "Tư lệnh Quân khu 4|Bằng khen|3|5|0"])
        #expect(lines("Sáng 12/6/2024, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức Đại hội thi đua Quyết thắng. Dịp này, Tư lệnh Quân khu 4 tặng Bằng khen cho 3 tập thể; Tư lệnh Quân khu 5 tặng Bằng khen cho 3 tập thể.") == ["Tư lệnh Quân khu 4|Bằng khen|3|0|0", "Tư lệnh Quân khu 5|Bằng khen|3|0|0"])
    }

    /// "Ban Thường vụ Đảng ủy Khối khen thưởng 12 tập thể, 15 cá nhân" under "Bí thư Đảng ủy Khối trao Giấy khen cho 12 tập thể":
    /// the giver written without its organ names the kind. A caption naming the unit in a person's title, with no kind, does not
    /// keep it generic.
    @Test func aCaptionNamingTheGiversUnit() {
        let found = awards("""
            Sáng 9/1/2025, Đảng ủy Khối các cơ quan tỉnh Quảng Trị tổ chức hội nghị tổng kết. Nhân dịp này, Ban Thường vụ Tỉnh ủy khen thưởng 4 tập thể và 3 cá nhân; Ban Thường vụ Đảng ủy Khối khen thưởng 12 tập thể, 15 cá nhân có thành tích tiêu biểu.

            Đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân.

            Đồng chí Bí thư Đảng ủy Khối trao Giấy khen cho 12 tập thể.
            """, title: "Đảng ủy Khối các cơ quan tỉnh tổng kết chuyên đề")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|4|3|0", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị|Giấy khen|12|15|0"], "\(summary(found))")
        let titled = awards("""
            Sáng 9/1/2025, Ban Thường vụ Huyện ủy Gio Linh tổ chức hội nghị sơ kết. Dịp này, Ban Thường vụ Huyện ủy Gio Linh khen thưởng 24 tập thể, cá nhân có thành tích tiêu biểu.

            Đồng chí Nguyễn Hoàng Phúc, Bí thư Huyện ủy Gio Linh phát biểu chỉ đạo hội nghị.

            Đồng chí Nguyễn Hoàng Phúc trao Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu.
            """, title: "Gio Linh sơ kết Kết luận 01")
        #expect(summary(titled) == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|0|0|24"], "\(summary(titled))")
    }

    /// "12 công nhân … được khen thưởng đột xuất", no giver named, beside the organizer's own Bằng khen: the caption "Lãnh đạo Liên
    /// đoàn Lao động tỉnh trao Bằng khen …" is about that one, and names no kind of this.
    @Test func anOrganizersCaptionAboutItsNamedAward() {
        let found = awards("""
            Sáng 26/7/2024, Liên đoàn Lao động tỉnh Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 2 tập thể, 3 cá nhân; Ban Thường vụ Liên đoàn Lao động tỉnh tặng Bằng khen cho 18 tập thể và 32 cá nhân. Ngoài ra, 12 công nhân lao động có sáng kiến tiêu biểu được khen thưởng đột xuất.

            Ông Đỗ Văn Thạnh trao Bằng khen của Tổng Liên đoàn Lao động Việt Nam cho 2 tập thể, 3 cá nhân.

            Lãnh đạo Liên đoàn Lao động tỉnh trao Bằng khen cho các tập thể, cá nhân.
            """, title: "Quảng Trị tuyên dương công nhân lao động")
        #expect(summary(found) == ["Tổng Liên đoàn Lao động Việt Nam|Bằng khen|2|3|0", "Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|18|32|0",
                                   "Liên đoàn Lao động tỉnh Quảng Trị|khen thưởng|0|12|0"], "\(summary(found))")
    }

    /// "Ban Thường vụ Thành ủy khen thưởng 15 tập thể và 22 cá nhân", handed over as "… trao Giấy khen của Ban Thường vụ Thành ủy
    /// cho 15 tập thể và 10 cá nhân" and "… cho 12 cá nhân còn lại" (after it or before it): one award, its kind named by the lines that hand it over.
    /// "được ủy quyền của Chủ tịch nước, đồng chí A trao Huân chương …": the principal gives.
    @Test func anAwardHandedOverInPartsAndOnAnothersAuthority() {
        let parts = awards("""
            Sáng 17/8/2022, Thành ủy Đông Hà tổ chức Lễ tuyên dương. Dịp này, Ban Thường vụ Thành ủy tuyên dương, khen thưởng 15 tập thể và 22 cá nhân điển hình; Ủy ban MTTQ Việt Nam thành phố khen thưởng 10 cá nhân.

            Lãnh đạo Thành ủy Đông Hà trao Giấy khen của Ban Thường vụ Thành ủy cho 15 tập thể và 10 cá nhân.

            Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy trao Giấy khen của Ban Thường vụ Thành ủy cho 12 cá nhân còn lại.
            """, title: "Đông Hà tuyên dương điển hình")
        #expect(summary(parts) == ["Ban Thường vụ Thành ủy Đông Hà|Giấy khen|15|22|0", "Ủy ban MTTQ Việt Nam thành phố Đông Hà|khen thưởng|0|10|0"], "\(summary(parts))")
        // Handed over first (photos told as lines of the body), the award told whole at the end: still one award.
        let first = awards("""
            Sáng 25/11/2022, Ban Thường vụ Thành ủy Đông Hà tổ chức hội nghị tổng kết.

            Đồng chí Lê Văn Huy, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Đông Hà trao Giấy khen của Ban Thường vụ Thành ủy cho 18 tập thể.

            Đồng chí Nguyễn Thị Hằng, Phó Bí thư Thường trực Thành ủy trao Giấy khen của Ban Thường vụ Thành ủy cho 24 cá nhân.

            Dịp này, Ban Thường vụ Thành ủy khen thưởng 18 tập thể và 24 cá nhân; UBND thành phố khen thưởng 10 tập thể, 6 cá nhân có thành tích xuất sắc.
            """, title: "Đông Hà tổng kết chuyên đề")
        #expect(summary(first) == ["Ban Thường vụ Thành ủy Đông Hà|Giấy khen|18|24|0", "UBND thành phố Đông Hà|khen thưởng|10|6|0"], "\(summary(first))")
        // Lines of another giver adding up to it stay awards of their own.
        let another = awards("""
            Sáng 25/11/2022, Ban Thường vụ Thành ủy Đông Hà tổ chức hội nghị tổng kết.

            Tại hội nghị, Chủ tịch UBND thành phố tặng Giấy khen cho 18 tập thể có thành tích xuất sắc.

            Chủ tịch UBND thành phố cũng tặng Giấy khen cho 24 cá nhân tiêu biểu.

            Dịp này, Ban Thường vụ Thành ủy khen thưởng 18 tập thể và 24 cá nhân.
            """, title: "Đông Hà tổng kết chuyên đề")
        #expect(summary(another) == ["Chủ tịch UBND thành phố Đông Hà|Giấy khen|18|0|0", "Chủ tịch UBND thành phố Đông Hà|Giấy khen|0|24|0"])
        #expect(lines("Sáng 17/8/2022, Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, được ủy quyền của Chủ tịch nước, đồng chí Lê Quang Tùng trao Huân chương Lao động hạng Ba cho 1 tập thể và 1 cá nhân.") == ["Chủ tịch nước|Huân chương|1|1|0"])
    }

    /// Parts given an award of their own stay awards: "… 135 đoàn viên …, trong đó có 20 đoàn viên được Tổng Liên đoàn Lao động
    /// Việt Nam tặng Bằng khen", "… gồm 20 tập thể và 25 cá nhân, trong đó có 5 cá nhân được Thủ tướng Chính phủ tặng Bằng khen".
    /// "Trong 69 cá nhân có thành tích tiêu biểu …" is no list of who they are; "… đến từ 12 xã, thị trấn; trong đó 10 tập thể …
    /// được … tặng Giấy khen" gives one.
    @Test func partsWithAwardsOfTheirOwn() {
        #expect(lines("Tối 16/5/2025, Liên đoàn Lao động tỉnh Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Liên đoàn Lao động tỉnh tuyên dương 135 đoàn viên, công nhân lao động tiêu biểu, trong đó có 20 đoàn viên được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen.") == ["Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị|tuyên dương|0|135|0", "Tổng Liên đoàn Lao động Việt Nam|Bằng khen|0|20|0"])
        #expect(lines("Tối 16/5/2025, Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Tỉnh ủy tuyên dương 45 tập thể, cá nhân, gồm 20 tập thể và 25 cá nhân, trong đó có 5 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|tuyên dương|20|25|0", "Thủ tướng Chính phủ|Bằng khen|0|5|0"])
        let among = awards("Tối 16/5/2025, Tỉnh ủy Quảng Trị tổ chức Lễ biểu dương. Trong 69 cá nhân có thành tích tiêu biểu được biểu dương lần này, 20 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.")
        #expect(summary(among) == ["Tỉnh ủy Quảng Trị|biểu dương|0|69|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|0|20|0"])
        #expect(lines("Sáng 16/5/2025, Ban Thường vụ Huyện ủy Hải Lăng tổ chức Lễ biểu dương. Các tập thể, cá nhân được khen thưởng đến từ 12 xã, thị trấn; trong đó 10 tập thể, 25 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.") == ["Chủ tịch UBND huyện Hải Lăng|Giấy khen|10|25|0"])
    }

    /// "Lãnh đạo quận tuyên dương 52 tập thể, cá nhân" beside "Ban Thường vụ Quận ủy tuyên dương 17 tập thể, 35 cá nhân": told again,
    /// though the two givers are written apart. "Ngày 15/3, tại Lễ tuyên dương điển hình tiên tiến của tỉnh, huyện có 2 cá nhân được …
    /// tặng Bằng khen" at a later event is that ceremony's.
    @Test func aTotalRetoldLooselyAndAnEarlierCeremonysModels() {
        #expect(lines("Sáng 16/5/2025, Quận ủy Ninh Kiều tổ chức Lễ tuyên dương. Dịp này, Ban Thường vụ Quận ủy tuyên dương 17 tập thể, 35 cá nhân tiêu biểu. Lãnh đạo quận tuyên dương 52 tập thể, cá nhân tại buổi lễ.") == ["Ban Thường vụ Quận ủy Ninh Kiều|tuyên dương|17|35|0"])
        #expect(lines("Sáng 16/5/2025, Huyện ủy Gio Linh tổ chức hội nghị sơ kết. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 6 tập thể. Ngày 15/3, tại Lễ tuyên dương điển hình tiên tiến của tỉnh, huyện Gio Linh có 2 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.") == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|6|0|0"])
    }

    /// "…, Chủ tịch UBND tỉnh cũng đã ký quyết định tặng Bằng khen cho 3 tập thể và 5 cá nhân …; các Bằng khen này sẽ được trao tại
    /// hội nghị tổng kết … cuối năm": given later. Without the clause after, it is given now.
    @Test func awardsToBeHandedOverLaterNamedInThePlural() {
        let base = "Sáng 16/9/2022, Liên đoàn Lao động tỉnh Quảng Trị tổ chức Lễ tuyên dương. Dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho 10 tập thể, 25 cá nhân.\n\nĐược biết, Chủ tịch UBND tỉnh cũng đã ký quyết định tặng Bằng khen cho 3 tập thể và 5 cá nhân thuộc khối công đoàn"
        #expect(lines(base + "; các Bằng khen này sẽ được trao tại hội nghị tổng kết công tác công đoàn cuối năm 2022.") == ["Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|10|25|0"])
        let now = awards(base + ".")
        #expect(summary(now) == ["Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|10|25|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|3|5|0"])
        // Told in the next sentence, the same; but a decision announced at this event is its award, wherever it is handed over,
        // and a sentence on what the award means, or handing over another kind later, takes nothing away.
        #expect(lines(base + ". Phần thưởng cao quý này là động lực để các tập thể, cá nhân tiếp tục phấn đấu trong thời gian tới.")
                == ["Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|10|25|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|3|5|0"])
        #expect(lines(base + ". Các Giấy khen sẽ được trao tại hội nghị tổng kết công tác công đoàn cuối năm 2022.")
                == ["Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|10|25|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|3|5|0"])
        #expect(lines(base + ". Các Bằng khen này sẽ được trao tại hội nghị tổng kết công tác công đoàn cuối năm 2022.") == ["Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|10|25|0"])
        #expect(lines("Sáng 16/9/2022, Liên đoàn Lao động tỉnh Quảng Trị tổ chức Lễ tuyên dương. Cũng tại buổi lễ, Ban Thường vụ Liên đoàn Lao động tỉnh tặng Giấy khen cho 24 tập thể, 36 cá nhân. Các Giấy khen này sẽ được trao tại buổi gặp mặt kỷ niệm Ngày truyền thống do công đoàn các huyện tổ chức.")
                == ["Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị|Giấy khen|24|36|0"])
    }

    /// "Những điển hình được tuyên dương năm nay đến từ nhiều lĩnh vực: một cựu chiến binh …": who they are, not an award of
    /// one; "Ban Thường vụ Tỉnh ủy tuyên dương 12 tập thể đến từ …" is one.
    @Test func whereTheHonouredComeFrom() {
        #expect(lines("Sáng 18/5, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương. Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 20 tập thể và 35 cá nhân.\n\nNhững điển hình được tuyên dương năm nay đến từ nhiều lĩnh vực: một cựu chiến binh ở huyện Gio Linh hơn 10 năm vận động bà con hiến đất; một cô giáo ở huyện Hải Lăng mở lớp dạy chữ miễn phí.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|20|35|0"])
        #expect(lines("Sáng 18/5, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức Lễ tuyên dương. Dịp này, Ban Thường vụ Tỉnh ủy tuyên dương 12 tập thể đến từ nhiều lĩnh vực.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|tuyên dương|12|0|0"])
    }

    /// "Trong số các tập thể, cá nhân được khen thưởng có 12 già làng … và 9 tập thể là …": who they are, not an award;
    /// "Trong số các điển hình được tuyên dương, 12 tập thể … được … tặng Bằng khen" is one.
    @Test func whoTheHonouredAre() {
        #expect(lines("Sáng 21/8, Ban Tuyên giáo Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. Dịp này, 15 tập thể, 24 cá nhân được Ban Tuyên giáo Tỉnh ủy tặng Giấy khen.\n\nTrong số các tập thể, cá nhân được khen thưởng có 12 già làng, người có uy tín và 9 tập thể là các buôn đồng bào dân tộc thiểu số.") == ["Ban Tuyên giáo Tỉnh ủy Quảng Trị|Giấy khen|15|24|0"])
    }

    /// Givers written short: "Bằng khen của BTGTW", "Giấy khen của Ban TG Tỉnh ủy".
    @Test func theBanTuyênGiáoWrittenShort() {
        #expect(lines("Sáng 18/5, Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. Dịp này, đồng chí Hoàng Thị Thu Trang trao Bằng khen của BTGTW cho 1 tập thể và 1 cá nhân; đồng chí Nguyễn Văn A trao Giấy khen của Ban TG Tỉnh ủy cho 2 tập thể.") == ["Ban Tuyên giáo Trung ương|Bằng khen|1|1|0", "Ban Tuyên giáo Tỉnh ủy Quảng Trị|Giấy khen|2|0|0"])
    }

    /// "Thừa ủy quyền Chủ tịch UBND tỉnh, ông A trao Bằng khen …, đồng thời UBND thành phố tặng Giấy khen …": the principal
    /// gives the presenter's award, not the next subject's.
    @Test func aPrincipalGivesOnlyThePresentersAward() {
        let found = awards("Sáng 18/5, Thành ủy Đông Hà tổ chức lễ tuyên dương. Thừa ủy quyền Chủ tịch UBND tỉnh Quảng Trị, ông Lê Thành Công trao Bằng khen cho 4 tập thể, 6 cá nhân có thành tích xuất sắc, đồng thời UBND thành phố tặng Giấy khen cho 12 tập thể, cá nhân.",
                           title: "Đông Hà tuyên dương điển hình")
        #expect(summary(found) == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|4|6|0", "UBND thành phố Đông Hà|Giấy khen|0|0|12"], "\(summary(found))")
    }
    /// "… tặng Giấy khen cho 27 điển hình, trong số đó có 12 tập thể và 15 cá nhân …; Chủ tịch UBND thành phố tặng Giấy khen cho
    /// 8 tập thể, 10 cá nhân … gắn với thực hiện chuyên đề hằng năm": the yearly theme is no award over years; the headline 45 sums them.
    @Test func aBreakdownInsideTheClauseAndTheYearlyTheme() {
        let found = awards("Chiều 20/6, Thành ủy Đông Hà tổ chức hội nghị sơ kết.\n\nDịp này, 45 tập thể, cá nhân được khen thưởng. Ban Thường vụ Thành ủy tặng Giấy khen cho 27 điển hình, trong số đó có 12 tập thể và 15 cá nhân có thành tích xuất sắc trong 3 năm thực hiện Kết luận 01-KL/TW; Chủ tịch UBND thành phố tặng Giấy khen cho 8 tập thể, 10 cá nhân có nhiều mô hình, cách làm hay gắn với thực hiện chuyên đề hằng năm.",
                           title: "Đông Hà: 45 tập thể, cá nhân được khen thưởng")
        #expect(summary(found) == ["Ban Thường vụ Thành ủy Đông Hà|Giấy khen|12|15|0", "Chủ tịch UBND thành phố Đông Hà|Giấy khen|8|10|0"], "\(summary(found))")
    }

    /// "Ban tổ chức tuyên dương 20 gương" is the organizer through its organizing committee (told again by its Ban Thường vụ);
    /// "Ban Tổ chức Tỉnh ủy" is the party's department.
    @Test func theOrganizingCommittee() {
        let found = awards("Tối 26/3, Tỉnh đoàn Quảng Trị tổ chức lễ tuyên dương. Ban tổ chức tuyên dương 20 gương thanh niên tiêu biểu.\n\nTại buổi lễ, Ban Thường vụ Tỉnh đoàn tuyên dương 20 gương thanh niên tiêu biểu.",
                           title: "Quảng Trị tuyên dương 20 gương thanh niên")
        #expect(summary(found) == ["Ban Thường vụ Tỉnh đoàn Quảng Trị|tuyên dương|0|20|0"], "\(summary(found))")
        #expect(lines("Sáng 12/7, Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. Dịp này, Ban Tổ chức Tỉnh ủy tặng Giấy khen cho 5 tập thể.") == ["Ban Tổ chức Tỉnh ủy Quảng Trị|Giấy khen|5|0|0"])
    }

    /// Occasions of other times and bodies: a congress of an earlier year, a ceremony another body held, the period a
    /// review looks back on ("nhìn lại giai đoạn 2021 - 2025: …; …").
    @Test func occasionsOfOtherTimesAndBodies() {
        let congress = awards("Tối 26/3/2024, Tỉnh đoàn Quảng Trị tổ chức lễ tuyên dương.\n\nTại Đại hội Thanh niên tiên tiến làm theo lời Bác tỉnh Quảng Trị năm 2022, có 150 gương được biểu dương.")
        #expect(congress.isEmpty, "\(summary(congress))")
        let province = awards("Ngày 30/12/2019, Huyện ủy Hải Lăng tổ chức hội nghị tổng kết.\n\nNăm 2019, tại lễ kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh do Tỉnh ủy Quảng Trị tổ chức, Đảng bộ huyện Hải Lăng có 2 tập thể, 1 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen.",
                              title: "Hải Lăng tổng kết năm 2019")
        #expect(province.isEmpty, "\(summary(province))")
        #expect(lines("Ngày 26/12/2025, Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. Hội nghị cũng nhìn lại giai đoạn 2021 - 2025: Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 312 tập thể, cá nhân; 9 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen.\n\nDịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể, 10 cá nhân.") == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|8|10|0"])
        let honouredBefore = awards("Thứ Bảy (ngày 5/8/2023), Đảng ủy xã Hải Thượng tổ chức giao lưu điển hình. Cả 5 gương điển hình tham gia giao lưu đều đã được Ban Thường vụ Huyện ủy Hải Lăng tuyên dương tại hội nghị tổng kết chuyên đề năm 2022 của huyện.")
        #expect(honouredBefore.isEmpty, "\(summary(honouredBefore))")
    }
    /// "Ban Tuyên giáo T.Ư"; "135 đoàn viên, người lao động được … tuyên dương" (a pair of nouns counted once); "… đều đã
    /// được … biểu dương" says who they are, while "… đều được … tặng Bằng khen" gives it now.
    @Test func writtenShortPairedAndAlreadyHonoured() {
        #expect(lines("Sáng 12/5, Tỉnh ủy Quảng Trị tổ chức hội nghị. Thừa ủy quyền của Ban Tuyên giáo T.Ư, đồng chí Trần Quốc Vinh trao Bằng khen cho 1 tập thể, 2 cá nhân.") == ["Ban Tuyên giáo Trung ương|Bằng khen|1|2|0"])
        #expect(lines("Ngày 16.5.2025, Liên đoàn Lao động tỉnh Quảng Trị tổ chức lễ tuyên dương. Tại buổi lễ, 135 đoàn viên, người lao động được Liên đoàn Lao động tỉnh tuyên dương.") == ["Liên đoàn Lao động tỉnh Quảng Trị|tuyên dương|0|135|0"])
        let already = awards("Chiều 18/5, Thành ủy Đông Hà tổ chức giao lưu điển hình. 6 gương điển hình tham gia giao lưu lần này đều đã được Ban Thường vụ Thành ủy Đông Hà biểu dương.")
        #expect(already.isEmpty, "\(summary(already))")
        let now = awards("Tối 17/5, Liên đoàn Lao động tỉnh Quảng Trị tổ chức chương trình tuyên dương. Tại chương trình, 50 CNVCLĐ được tuyên dương đều được Ban Thường vụ Liên đoàn Lao động tỉnh tặng Bằng khen.")
        #expect(summary(now) == ["Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị|Bằng khen|0|50|0"])
    }
    /// "Ban Thường vụ Huyện ủy đã khen thưởng 9 tập thể, 15 cá nhân" under the caption "… trao Giấy khen của BTV Huyện ủy cho các
    /// tập thể.": the organ written short in a caption names its award's kind, beside another giver's caption.
    @Test func aCaptionNamingTheGiverShort() {
        let found = awards("""
            Chiều ngày 14 tháng 6 năm 2024, Ban Thường vụ Huyện ủy Gio Linh tổ chức chương trình giao lưu điển hình tiên tiến.

            Đồng chí Bí thư Huyện ủy trao Giấy khen của BTV Huyện ủy cho các tập thể.

            Tại chương trình, Ban Thường vụ Huyện ủy đã khen thưởng 9 tập thể, 15 cá nhân có thành tích tiêu biểu; Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể, 10 cá nhân.

            Lãnh đạo UBND huyện trao Giấy khen cho 6 tập thể, 10 cá nhân.
            """, title: "Gio Linh giao lưu điển hình, khen thưởng 40 tập thể, cá nhân")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|9|15|0", "Chủ tịch UBND huyện Gio Linh|Giấy khen|6|10|0"], "\(summary(found))")
    }
    /// "Ban Thường vụ Huyện ủy khen thưởng 27 tập thể, cá nhân" beside the Tỉnh ủy's Bằng khen, under captions "… trao Bằng
    /// khen của Ban Thường vụ Tỉnh ủy cho 1 tập thể và 1 cá nhân" and "Lãnh đạo huyện trao Giấy khen cho các tập thể, cá
    /// nhân": the kind no other award explains is its. When the other awards explain every kind captioned, it stays generic.
    @Test func theCaptionedKindNoOtherAwardExplains() {
        let found = awards("""
            Sáng 12/1/2024, Ban Thường vụ Huyện ủy Gio Linh tổ chức hội nghị tổng kết Chuyên đề năm 2023.

            Dịp này, Ban Thường vụ Huyện ủy khen thưởng 12 tập thể và 15 cá nhân có thành tích tiêu biểu. Cũng tại hội nghị, đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy đã trao Bằng khen của Ban Thường vụ Tỉnh ủy Quảng Trị cho 1 tập thể và 1 cá nhân.

            Đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 1 tập thể và 1 cá nhân.

            Lãnh đạo huyện Gio Linh trao Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu.
            """, title: "Gio Linh tổng kết Chuyên đề năm 2023")
        #expect(summary(found) == ["Ban Thường vụ Huyện ủy Gio Linh|Giấy khen|12|15|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|1|1|0"], "\(summary(found))")
        let explained = awards("""
            Sáng 12/1/2024, Đảng ủy Công ty Cao su Quảng Trị tổ chức hội nghị tổng kết.

            Dịp này, Đảng ủy Công ty tặng Giấy khen cho 6 chi bộ và 14 đảng viên; Công đoàn Công ty khen thưởng 30 đoàn viên.

            Lãnh đạo Đảng ủy Công ty trao Giấy khen cho 6 chi bộ, 14 đảng viên tiêu biểu.

            Lãnh đạo Công ty trao Giấy khen cho các tập thể, cá nhân tiêu biểu.
            """, title: "Cao su Quảng Trị tổng kết")
        #expect(summary(explained).contains { $0.hasSuffix("|khen thưởng|0|30|0") }, "\(summary(explained))")
    }
    /// "Đặc biệt, dịp kỷ niệm …, các cấp ủy đã biểu dương 148 tập thể …": all levels over time, after a comma too; "Theo
    /// Quyết định ngày 2/5/2023, Ban Thường vụ Tỉnh ủy tặng Bằng khen …" dates the decision, not another ceremony.
    @Test func allLevelsAfterACommaAndADecisionsDate() {
        let levels = awards("Chiều 28/12/2023, Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. Đặc biệt, dịp kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023), các cấp ủy đã biểu dương 148 tập thể và 265 cá nhân điển hình.")
        #expect(levels.isEmpty, "\(summary(levels))")
        #expect(lines("Tối 16/5/2023, Tỉnh ủy Quảng Trị tổ chức lễ tuyên dương. Theo Quyết định ngày 2/5/2023, Ban Thường vụ Tỉnh ủy Quảng Trị tặng Bằng khen cho 18 tập thể và 32 cá nhân điển hình tiêu biểu.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|18|32|0"])
        // The decision named by its owner, or cited with "căn cứ": the clause after the semicolon is this ceremony's too.
        #expect(lines("Sáng 30/5/2024, Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết. Dịp này, theo Quyết định của Ban Thường vụ Tỉnh ủy ngày 24/5/2024, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 25 tập thể, 31 cá nhân; 2 tập thể và 8 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.")
                == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|25|31|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|2|8|0"])
        #expect(lines("Chiều 9/1/2026, Đảng ủy phường Đông Hà tổ chức lễ khen thưởng. Dịp này, căn cứ Quyết định ngày 30/12/2025, Ban Thường vụ Đảng ủy phường tặng Giấy khen cho 10 tập thể, 16 cá nhân.")
                == ["Ban Thường vụ Đảng ủy phường Đông Hà|Giấy khen|10|16|0"])
    }
    /// Positive controls for rules about other occasions and all levels: "Bằng khen do UBND tỉnh tặng" at a district's
    /// ceremony is given there; "…, các cấp, các ngành …" lists who attended; a look back with a comma in it ends at the comma;
    /// "Trong số các điển hình được tuyên dương, có 12 tập thể được … tặng Bằng khen" is an award.
    @Test func occasionAndLevelRulesKeepTheEventsAwards() {
        let province = awards("Sáng 18/5/2024, Huyện ủy Hải Lăng tổ chức lễ tuyên dương. Tại buổi lễ trao Bằng khen do UBND tỉnh tặng cho 5 tập thể, lãnh đạo huyện chúc mừng các điển hình.",
                              title: "Hải Lăng tuyên dương điển hình")
        #expect(summary(province) == ["UBND tỉnh Quảng Trị|Bằng khen|5|0|0"], "\(summary(province))")
        #expect(lines("Sáng 18/5/2024, Tỉnh ủy Quảng Trị tổ chức lễ tuyên dương với sự tham dự của lãnh đạo tỉnh, các cấp, các ngành; Ban Thường vụ Tỉnh ủy đã tuyên dương 20 tập thể.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|tuyên dương|20|0|0"])
        #expect(lines("Sáng 18/5/2024, Tỉnh ủy Quảng Trị tổ chức hội nghị. Nhìn lại chặng đường 10 năm, đồng chí Bí thư Tỉnh ủy nhấn mạnh: dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 15 tập thể.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|15|0|0"])
        #expect(lines("Sáng 18/5/2024, Tỉnh ủy Quảng Trị tổ chức lễ tuyên dương. Trong số các điển hình được tuyên dương, có 12 tập thể được Ban Thường vụ Tỉnh ủy tặng Bằng khen.") == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|12|0|0"])
    }
    /// "từ 58 tập thể, cá nhân được các chi, đảng bộ cơ sở đề xuất, Ban Thường vụ … đã chọn và khen thưởng 15 tập thể …": the
    /// proposal is the pool's; "… đề xuất Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 5 tập thể" is still a proposal.
    @Test func aProposalInsideThePoolChosenFrom() {
        let chosen = awards("Sáng 16.5, Ban Thường vụ Huyện ủy Cam Lộ tổ chức lễ khen thưởng. Dịp này, từ 58 tập thể, cá nhân được các chi, đảng bộ cơ sở đề xuất, Ban Thường vụ Huyện ủy đã chọn và khen thưởng 15 tập thể, 20 cá nhân có thành tích tiêu biểu.",
                            title: "Cam Lộ khen thưởng 35 tập thể, cá nhân")
        #expect(summary(chosen) == ["Ban Thường vụ Huyện ủy Cam Lộ|khen thưởng|15|20|0"], "\(summary(chosen))")
        let proposed = awards("Sáng 16.5, Ban Thường vụ Huyện ủy Cam Lộ tổ chức lễ khen thưởng. Huyện ủy đề xuất Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 5 tập thể.",
                              title: "Cam Lộ khen thưởng tập thể, cá nhân")
        #expect(proposed.isEmpty, "\(summary(proposed))")
    }
}

extension AwardTrapTests {
    /// A short name the article defines in parentheses after a unit names that unit later ("Đảng ủy EVNCPC"); one made of
    /// initials stands for the words it is the initials of ("KCN" in "Công đoàn các Khu công nghiệp"), and the words before it
    /// that open the name are not written twice; one may be two words ("PV GAS"). Short names the vocabulary knows keep their meaning.
    @Test func shortNamesTheArticleDefines() {
        let lead = "Sáng 9/4/2021, tại TP Đà Nẵng, Đảng ủy Tổng công ty Điện lực miền Trung (EVNCPC) tổ chức hội nghị tổng kết."
        #expect(lines(lead + " Dịp này, Đảng ủy EVNCPC tặng Giấy khen cho 12 tập thể, 16 cá nhân; Tổng Giám đốc EVNCPC tặng Giấy khen cho 3 tập thể.",
                      title: "EVNCPC tổng kết Chỉ thị 05")
                == ["Đảng ủy Tổng công ty Điện lực miền Trung|Giấy khen|12|16|0", "Tổng Giám đốc Tổng công ty Điện lực miền Trung|Giấy khen|3|0|0"])
        #expect(lines(lead + " Dịp này, Tổng công ty EVNCPC tặng Giấy khen cho 4 tập thể.", title: "EVNCPC tổng kết Chỉ thị 05")
                == ["Tổng công ty Điện lực miền Trung|Giấy khen|4|0|0"])
        #expect(ShortNames.spelledOut("KCN", in: "Công đoàn các Khu công nghiệp") == "Khu công nghiệp")
        #expect(ShortNames.spelledOut("EVNCPC", in: "Tổng công ty Điện lực miền Trung") == "Tổng công ty Điện lực miền Trung")
        let unions = "Sáng 12/5/2024, Công đoàn các Khu công nghiệp (KCN) tỉnh Bắc Ninh tổ chức hội nghị sơ kết. Dịp này, Ban Thường vụ Công đoàn các KCN tỉnh tặng Giấy khen cho 21 tập thể."
        #expect(lines(unions, title: "Công đoàn các KCN Bắc Ninh sơ kết") == ["Ban Thường vụ Công đoàn các Khu công nghiệp tỉnh Bắc Ninh|Giấy khen|21|0|0"])
        let known = "Sáng 12/5/2024, Ủy ban nhân dân (UBND) huyện Gio Linh tổ chức hội nghị sơ kết. Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể."
        #expect(lines(known, title: "Gio Linh sơ kết") == ["Chủ tịch UBND huyện Gio Linh|Giấy khen|6|0|0"])
        // A short name of two words.
        let twoWords = "Ngày 12/5/2026, tại phường Vũng Tàu, TP Hồ Chí Minh, Đảng ủy Tổng công ty Khí Việt Nam (PV GAS) tổ chức hội nghị tổng kết. Dịp này, Đảng ủy PV GAS tặng Giấy khen cho 12 tập thể, 19 cá nhân."
        #expect(lines(twoWords, title: "PV GAS tổng kết Kết luận 01") == ["Đảng ủy Tổng công ty Khí Việt Nam|Giấy khen|12|19|0"])
    }

    /// Counts among those of an award ("6 gương … nằm trong số các cá nhân được tuyên dương") are no award of their own; a
    /// giving verb joined to one naming the award gives that one ("biểu dương và trao giấy chứng nhận cho 100 CNVCLĐ");
    /// village elders are people.
    @Test func countsAmongOthersAndVerbsJoinedToOneNamingTheAward() {
        let lead = "Tối 5/5/2022, Liên đoàn Lao động tỉnh Bình Dương tổ chức Lễ biểu dương công nhân, viên chức, lao động tiêu biểu."
        #expect(lines(lead + " Dịp này, Ban Thường vụ LĐLĐ tỉnh tuyên dương 8 tập thể, 20 cá nhân; 6 gương điển hình tham gia giao lưu nằm trong số các cá nhân được tuyên dương.", title: "Biểu dương CNVCLĐ")
                == ["Ban Thường vụ Liên đoàn Lao động tỉnh Bình Dương|tuyên dương|8|20|0"])
        #expect(lines(lead + " Tại buổi lễ, LĐLĐ tỉnh biểu dương và trao giấy chứng nhận cho 100 CNVCLĐ tiêu biểu.", title: "Biểu dương CNVCLĐ")
                == ["Liên đoàn Lao động tỉnh Bình Dương|biểu dương|0|100|0"])
        #expect(lines(lead + " Tại buổi lễ, LĐLĐ tỉnh tổ chức và trao quà cho 100 CNVCLĐ.", title: "Biểu dương CNVCLĐ") == [])
        #expect(lines("Sáng 12/1/2024, UBND huyện Kông Chro, tỉnh Gia Lai tổ chức hội nghị. Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 25 già làng, người có uy tín.", title: "Kông Chro gặp mặt người có uy tín")
                == ["Chủ tịch UBND huyện Kông Chro|Giấy khen|0|25|0"])
    }

    /// "Nhân Ngày Doanh nhân Việt Nam 13/10 vừa qua, UBND tỉnh đã tặng …" after the lead recalls an earlier occasion.
    @Test func anOccasionJustPastOpeningASentence() {
        let body = "Chiều 9/12/2022, Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh tổ chức hội thảo về văn hóa doanh nghiệp.\n\nCác đại biểu đã thảo luận nhiều giải pháp.\n\n"
        #expect(lines(body + "Nhân Ngày Doanh nhân Việt Nam 13/10 vừa qua, UBND tỉnh đã tặng Bằng khen cho 25 doanh nghiệp, 30 doanh nhân tiêu biểu.", title: "Hội thảo văn hóa doanh nghiệp") == [])
        #expect(lines(body + "Dịp này, UBND tỉnh đã tặng Bằng khen cho 25 doanh nghiệp, 30 doanh nhân tiêu biểu.", title: "Hội thảo văn hóa doanh nghiệp")
                == ["UBND tỉnh Hà Tĩnh|Bằng khen|25|30|0"], "the same award at this event")
    }

    /// A giver of another level than the organizer keeps its own place: "Ban Thường vụ Hội Nông dân huyện" at the event of
    /// "Hội Nông dân xã Tân Hiệp" is not that commune's.
    @Test func aGiverOfAnotherLevelIsNotTheOrganizer() {
        let found = lines("Ngày 8/1/2021, Hội Nông dân xã Tân Hiệp, huyện Tân Châu tổ chức hội nghị tổng kết. Dịp này, Ban Thường vụ Hội Nông dân huyện tặng Giấy khen cho 2 tập thể, 3 cá nhân; Hội Nông dân xã khen thưởng 8 tập thể, cá nhân.", title: "Hội Nông dân xã Tân Hiệp tổng kết")
        #expect(!found.contains { $0.hasPrefix("Ban Thường vụ Hội Nông dân xã") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("Hội Nông dân xã Tân Hiệp|khen thưởng|0|0|8") }, "\(found)")
    }

    /// Earlier occasions: a contest named by its year ("Tại Hội thi cấp Quân khu năm 2017, …"), a sentence opening "Trước khi
    /// hợp nhất, …" or "Đáng chú ý, năm 2021, …"; an award "thông tin" at this event but to be handed over at the province's
    /// meeting ("Các khen thưởng này sẽ được trao tại hội nghị sơ kết của tỉnh").
    @Test func awardsOfEarlierOrHigherOccasionsNamedSo() {
        #expect(lines("Ngày 25/9/2019, Bộ CHQS tỉnh Quảng Trị tổ chức bế mạc hội thi Olympic.\n\nCác thí sinh thi đấu sôi nổi. Tại Hội thi cấp Quân khu năm 2017, đội tuyển Bộ CHQS tỉnh đạt giải Ba toàn đoàn, 2 thí sinh được Tư lệnh Quân khu tặng Bằng khen.", title: "Bế mạc hội thi Olympic") == [])
        #expect(lines("Ngày 20/3/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức hội nghị tổng kết.\n\nTrước khi hợp nhất, năm 2024 Trường Chính trị tỉnh Hà Giang đã được UBND tỉnh Hà Giang tặng Cờ thi đua; Trường Chính trị tỉnh Tuyên Quang được Ban Tuyên giáo Trung ương tặng Bằng khen.", title: "Trường Chính trị tổng kết") == [])
        #expect(lines("Ngày 10/1/2023, Quận ủy Long Biên tổ chức hội nghị tổng kết.\n\nĐáng chú ý, năm 2021, tại hội nghị tổng kết của Thành ủy, quận Long Biên có 2 tập thể, 3 cá nhân được Ban Thường vụ Thành ủy Hà Nội tặng Bằng khen.", title: "Long Biên tổng kết") == [])
        #expect(lines("Sáng 5/5/2024, Huyện ủy Xuân Lộc tổ chức hội nghị sơ kết.\n\nCũng tại hội nghị, Ban Tuyên giáo Huyện ủy thông tin: 1 tập thể và 1 cá nhân của huyện được Ban Thường vụ Tỉnh ủy tặng Bằng khen. Các khen thưởng này sẽ được trao tại hội nghị sơ kết của tỉnh, dự kiến tổ chức vào cuối tháng 5.", title: "Xuân Lộc sơ kết") == [])
        // The same sentences without the marks of another time are this event's.
        #expect(lines("Sáng 5/5/2024, Huyện ủy Xuân Lộc tổ chức hội nghị sơ kết.\n\nCũng tại hội nghị, 1 tập thể và 1 cá nhân của huyện được Ban Thường vụ Tỉnh ủy tặng Bằng khen.", title: "Xuân Lộc sơ kết")
                == ["Ban Thường vụ Tỉnh ủy Đồng Nai|Bằng khen|1|1|0"])
        #expect(lines("Ngày 25/9/2019, Bộ CHQS tỉnh Quảng Trị tổ chức bế mạc hội thi Olympic.\n\nCác thí sinh thi đấu sôi nổi. Tại hội thi, 2 thí sinh được Chỉ huy trưởng Bộ CHQS tỉnh tặng Giấy khen.", title: "Bế mạc hội thi Olympic")
                == ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Trị|Giấy khen|0|2|0"])
        // "… trước khi sắp xếp" closing a sentence is the reason's time, not the award's.
        #expect(lines("Ngày 20/6/2025, Huyện ủy Đức Thọ tổ chức hội nghị tổng kết. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 5 tập thể có thành tích xuất sắc trước khi sắp xếp đơn vị hành chính.", title: "Đức Thọ tổng kết")
                == ["Ban Thường vụ Huyện ủy Đức Thọ|Giấy khen|5|0|0"])
    }

    /// A count given as one ("7 tập thể, cá nhân") by a giver named by its office is an award of its own, even when another
    /// giver's counts add up to it; fishermen ("6 thuyền viên") are people.
    @Test func anOfficesCountThatAnotherGiversAddUpTo() {
        #expect(lines("Sáng 5/5/2022, Đồn Biên phòng Ma Lù Thàng tổ chức hội nghị sơ kết. Dịp này, Chỉ huy trưởng BĐBP tỉnh Lai Châu tặng Giấy khen cho 2 tập thể, 5 cá nhân; Chủ tịch UBND huyện Phong Thổ tặng Giấy khen cho 7 tập thể, cá nhân có thành tích xuất sắc.", title: "Đồn Ma Lù Thàng sơ kết")
                == ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu|Giấy khen|2|5|0", "Chủ tịch UBND huyện Phong Thổ|Giấy khen|0|0|7"])
        #expect(lines("Sáng 15/5/2023, Huyện ủy Phú Quý, tỉnh Bình Thuận tổ chức lễ tuyên dương. Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 6 thuyền viên vì hành động dũng cảm cứu người trên biển.", title: "Phú Quý tuyên dương")
                == ["Chủ tịch UBND huyện Phú Quý|Giấy khen|0|6|0"])
    }

    /// A sentence telling an award to its recipients as a group ("… tặng Giấy khen cho các tập thể, cá nhân …", "… khen thưởng
    /// các tập thể, cá nhân …") under photos whose captions count them: the captions' counts (and their kind, for a sentence
    /// naming none); never when a clause already told those counts.
    @Test func countsOnlyCaptionsGive() {
        let caption = "\n\nLãnh đạo Huyện ủy trao Giấy khen cho 9 tập thể và 14 cá nhân điển hình tiêu biểu năm 2019.\n\nKim Oanh"
        #expect(lines("Ngày 8/1/2020, Huyện ủy Vĩnh Tường tổ chức Lễ tuyên dương các tập thể, cá nhân điển hình. Tại buổi lễ, Ban Thường vụ Huyện ủy đã tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu." + caption, title: "Vĩnh Tường tuyên dương")
                == ["Ban Thường vụ Huyện ủy Vĩnh Tường|Giấy khen|9|14|0"])
        #expect(lines("Ngày 8/1/2020, Huyện ủy Vĩnh Tường tổ chức hội nghị, gắn với khen thưởng các tập thể, cá nhân tiêu biểu. Ban Thường vụ Huyện ủy cũng khen thưởng 9 tập thể, 14 cá nhân có thành tích tiêu biểu." + caption, title: "Vĩnh Tường tuyên dương")
                == ["Ban Thường vụ Huyện ủy Vĩnh Tường|Giấy khen|9|14|0"])
        // Captions that disagree count nothing.
        let other = "\n\nLãnh đạo Huyện ủy trao Giấy khen cho 5 tập thể."
        #expect(lines("Ngày 8/1/2020, Huyện ủy Vĩnh Tường tổ chức Lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Huyện ủy đã tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu." + other + caption, title: "Vĩnh Tường tuyên dương") == [])
    }

    /// "các cấp" gives nothing of its own: a tally over many givers, passive or the subject ("các cấp đã … khen thưởng"), is no
    /// award; the meetings "before this one" are not it; nor are earlier years' awards opened by "Riêng năm …" or dated "trong năm …".
    @Test func talliesOfManyGiversAndEarlierMeetingsAreNoAwards() {
        let lead = "Sáng 25/2/2022, Bệnh viện Đa khoa tỉnh Ninh Thuận tổ chức lễ kỷ niệm Ngày Thầy thuốc Việt Nam. Dịp này, 9 tập thể, cá nhân của Bệnh viện được các cấp khen thưởng.\n\n"
        #expect(lines(lead + "Tại buổi lễ, Bộ trưởng Bộ Y tế tặng Bằng khen cho 1 tập thể, 4 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 1 tập thể, 3 cá nhân.", title: "Bệnh viện kỷ niệm Ngày Thầy thuốc")
                == ["Bộ trưởng Bộ Y tế|Bằng khen|1|4|0", "Chủ tịch UBND tỉnh Ninh Thuận|Bằng khen|1|3|0"])
        let before = "Sáng 14/6/2024, Đảng ủy Quân khu 2 tổ chức hội nghị sơ kết.\n\nTrước hội nghị này, Đảng ủy Quân sự các tỉnh đã tiến hành sơ kết ở cấp mình; các cấp đã biểu dương, khen thưởng 312 tập thể, 488 cá nhân.\n\nTại hội nghị, Tư lệnh Quân khu tặng Bằng khen cho 14 tập thể, 21 cá nhân."
        #expect(lines(before, title: "Quân khu 2 sơ kết") == ["Tư lệnh Quân khu 2|Bằng khen|14|21|0"])
        let years = "Sáng 14/6/2024, Hội Nông dân tỉnh Nghệ An tổ chức hội nghị sơ kết.\n\nTrong 3 năm, các cấp Hội đã khen thưởng 1.150 tập thể. Riêng năm 2022 và năm 2023, Hội Nông dân tỉnh có 5 tập thể, 7 cá nhân được Trung ương Hội Nông dân Việt Nam tặng Bằng khen.\n\nDịp này, các điển hình là đoàn viên tiêu biểu; trong đó 2 hội viên đã được Ban Chấp hành Tỉnh đoàn tặng Bằng khen trong năm 2023."
        #expect(lines(years, title: "Hội Nông dân Nghệ An sơ kết") == [])
        // People handing over are no many givers: "các đồng chí lãnh đạo huyện" give what the organizer gives.
        let presenters = lines("Sáng 14/6/2024, Huyện ủy Can Lộc tổ chức hội nghị sơ kết. Dịp này, 15 tập thể được các đồng chí lãnh đạo huyện trao Giấy khen.", title: "Can Lộc sơ kết")
        #expect(presenters == ["Huyện ủy Can Lộc|Giấy khen|15|0|0"], "\(presenters)")
    }

    /// Another day's meeting, told in a sentence and gone on about in the next ("Tại hội nghị đó, …"), gives nothing here; told
    /// in a sentence's later clause, it takes only that clause's award, not the first clause's, which is this event's.
    @Test func anotherDaysMeetingInTheNextSentenceOrALaterClause() {
        let lead = "Sáng 11/7/2024, Đảng ủy Khối các cơ quan tỉnh Lâm Đồng tổ chức hội nghị sơ kết 6 tháng.\n\nPhát biểu tại hội nghị, đồng chí Bí thư đề nghị các cấp ủy tiếp tục thực hiện tốt.\n\n"
        #expect(lines(lead + "Đảng ủy Khối đã tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW vào ngày 17/5/2024. Tại hội nghị đó, Ban Thường vụ Đảng ủy Khối đã tặng Giấy khen cho 9 tập thể, 14 cá nhân.",
                      title: "Lâm Đồng sơ kết 6 tháng") == [])
        let clauses = lines(lead + "Dịp này, Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho 9 tập thể và 16 cá nhân có thành tích tiêu biểu; 2 tập thể và 3 cá nhân đã được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại hội nghị sơ kết của Tỉnh ủy ngày 8-6.",
                            title: "Lâm Đồng sơ kết 6 tháng")
        #expect(clauses == ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Lâm Đồng|Giấy khen|9|16|0"], "\(clauses)")
    }

    /// A digest's starred item, another unit's meeting of another day told by its own verb ("* Ngày 14/9, Huyện ủy Kiến Xương tổng
    /// kết …"), and "Dịp này" after it: that meeting's awards.
    @Test func aDigestsItemReviewedOnAnotherDay() {
        let found = lines("Sáng thứ Bảy (16/9/2023), Ban Thường vụ Tỉnh ủy Thái Bình tổ chức Lễ biểu dương điển hình “Dân vận khéo”.\n\nTại buổi lễ, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 10 tập thể, 14 cá nhân.\n\n* Ngày 14/9, Huyện ủy Kiến Xương tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021-2023. Dịp này, Ban Thường vụ Huyện ủy khen thưởng 15 tập thể, 25 cá nhân có thành tích xuất sắc.", title: "Điểm tin dân vận tuần")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|10|14|0"], "\(found)")
    }

    /// "tổ chức lễ khen thưởng Thượng úy A (…)" names the ceremony for the one whose Bằng khen is told after: no award of its own.
    @Test func aCeremonyNamedForThePersonWhoseAwardIsTold() {
        let found = lines("Sáng 3/10/2023, Công an tỉnh Hà Tĩnh tổ chức lễ khen thưởng Thượng úy Trần Đức Mạnh (Đội CSGT Công an huyện Kỳ Anh) vì hành động dũng cảm cứu người.\n\nTại buổi lễ, thừa ủy quyền, Đại tá Nguyễn Hồng Phong - Phó Giám đốc Công an tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho Thượng úy Trần Đức Mạnh. Phát biểu tại buổi lễ, đồng chí Phó Giám đốc đề nghị cán bộ, chiến sĩ học tập tấm gương này.", title: "Khen thưởng cán bộ cứu người")
        #expect(found == ["Chủ tịch UBND tỉnh Hà Tĩnh|Bằng khen|0|1|0"], "\(found)")
        // Named for a crew and more, told after with a count: "lễ khen thưởng tập thể tàu cá QT 90123 TS và 9 ngư dân".
        let crew = lines("Sáng 3/12/2025, UBND phường Cửa Việt tổ chức lễ khen thưởng tập thể tàu cá QT 90123 TS và 9 ngư dân đã dũng cảm cứu người trên biển.\n\nDịp này, Chủ tịch UBND phường tặng Giấy khen cho tập thể tàu cá QT 90123 TS và 9 cá nhân là thuyền trưởng, thuyền viên.", title: "Khen thưởng ngư dân cứu người")
        #expect(crew == ["Chủ tịch UBND phường Cửa Việt|Giấy khen|1|9|0"], "\(crew)")
    }

    /// "Trong số tập thể, cá nhân được … tặng Bằng khen, khu vực A có …" breaks down the award just told: no award of its own;
    /// an award word after the opening is one ("Trong số các điển hình được biểu dương, Chủ tịch UBND tỉnh tặng Bằng khen cho …").
    @Test func aBreakdownAmongThoseAwarded() {
        let lead = "Sáng 12/1/2026, Tỉnh ủy Ninh Bình tổ chức hội nghị tổng kết. Tại hội nghị, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 30 tập thể, 45 cá nhân."
        let parts = lines(lead + " Trong số tập thể, cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen, khu vực Nam Định (cũ) có 12 tập thể, 18 cá nhân; khu vực Hà Nam (cũ) có 8 tập thể, 12 cá nhân.", title: "Ninh Bình tổng kết")
        #expect(parts == ["Ban Thường vụ Tỉnh ủy Ninh Bình|Bằng khen|30|45|0"], "\(parts)")
        let another = lines(lead + " Trong số các điển hình được biểu dương, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể.", title: "Ninh Bình tổng kết")
        #expect(another == ["Ban Thường vụ Tỉnh ủy Ninh Bình|Bằng khen|30|45|0", "Chủ tịch UBND tỉnh Ninh Bình|Bằng khen|5|0|0"], "\(another)")
    }

    /// "trước đây thuộc TP Thuận An" says where a ward was, not when the award was given.
    @Test func whereAPlaceWasIsNoEarlierTime() {
        let found = lines("Tối 1-9-2025, Đảng ủy phường Thuận An, TP HCM tổ chức lễ biểu dương điển hình. Tại buổi lễ, Đảng ủy phường biểu dương 6 tập thể, 9 cá nhân, trong đó có nhiều công nhân trong các khu công nghiệp trên địa bàn (trước đây thuộc TP Thuận An, tỉnh Bình Dương).", title: "Phường Thuận An biểu dương")
        #expect(found == ["Đảng ủy phường Thuận An|biểu dương|6|9|0"], "\(found)")
    }

    /// A Huân chương is the President's whoever hands it over, told twice as it was handed over; the host of a ceremony
    /// "… tổ chức Lễ kỷ niệm … và đón nhận Huân chương …" receives one, never a Cờ thi đua from itself.
    @Test func aMedalHandedOverOrReceivedByTheHostIsThePresidents() {
        let handed = "Sáng 24/7/2024, Hội Cựu chiến binh tỉnh Kon Tum tổ chức Đại hội thi đua.\n\nĐồng chí Nguyễn Văn Hòa - Phó Bí thư Thường trực Tỉnh ủy trao Huân chương Bảo vệ Tổ quốc hạng Ba cho Hội Cựu chiến binh huyện Đăk Hà.\n\nTại đại hội, thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Văn Hòa trao Huân chương Bảo vệ Tổ quốc hạng Ba cho Hội Cựu chiến binh huyện Đăk Hà."
        #expect(lines(handed, title: "Cựu chiến binh Kon Tum thi đua") == ["Chủ tịch nước|Huân chương|1|0|0"])
        func hosting(_ lead: String) -> [String] {
            lines(lead + " Dự buổi lễ có lãnh đạo Sở Y tế.\n\nPhát biểu tại buổi lễ, Giám đốc Bệnh viện ôn lại truyền thống.", title: "Bệnh viện kỷ niệm Ngày Thầy thuốc")
        }
        #expect(hosting("Sáng 25/2/2022, Bệnh viện Đa khoa tỉnh Ninh Thuận tổ chức Lễ kỷ niệm 67 năm Ngày Thầy thuốc Việt Nam và đón nhận Huân chương Lao động hạng Ba.")
                == ["Chủ tịch nước|Huân chương|1|0|0"])
        #expect(hosting("Sáng 25/2/2022, Bệnh viện Đa khoa tỉnh Ninh Thuận tổ chức Lễ đón nhận Cờ thi đua của Bộ Y tế.") == ["Bộ Y tế|Cờ thi đua|1|0|0"])
        #expect(hosting("Sáng 25/2/2022, Bệnh viện Đa khoa tỉnh Ninh Thuận tổ chức Lễ đón nhận Cờ thi đua.") == [])
    }

    /// A paragraph opening with a period of implementation ("5 năm thực hiện Chỉ thị 03, Đảng ủy Khối đã … khen thưởng 96 tập thể
    /// …"), or telling what the whole army holds ("Toàn quân có hơn 1.200 tập thể, 3.500 cá nhân được khen thưởng các cấp"): a tally.
    @Test func periodsOfImplementationAndTheWholeArmy() {
        let lead = "Sáng 18/5/2023, Tổng cục Chính trị QĐND Việt Nam tổ chức giao lưu điển hình.\n\nViệc học tập và làm theo Bác trong toàn quân đã đi vào chiều sâu. "
        let army = lines(lead + "Toàn quân có hơn 1.200 tập thể, 3.500 cá nhân được tặng Bằng khen vì có thành tích trong học tập và làm theo Bác.")
        #expect(army.isEmpty, "\(army)")
        let levels = lines(lead + "Hơn 1.200 tập thể, 3.500 cá nhân được khen thưởng các cấp vì có thành tích trong học tập và làm theo Bác.")
        #expect(levels.isEmpty, "\(levels)")
        let period = lines("Sáng 12/7/2016, Đảng ủy Khối Doanh nghiệp tỉnh Thanh Hóa tổ chức hội nghị quán triệt.\n\nĐảng bộ Khối hiện có 123 tổ chức cơ sở đảng với gần 8.500 đảng viên. 5 năm thực hiện Chỉ thị 03, Đảng ủy Khối đã biểu dương, khen thưởng 96 tập thể, 210 cá nhân điển hình.")
        #expect(period.isEmpty, "\(period)")
    }

    /// "… 1.800 công nhân tiêu biểu được tuyên dương tại chương trình … hằng năm" in a sentence of figures since 2021: a yearly
    /// occasion is not this event.
    @Test func aYearlyOccasionIsNotThisEvent() {
        let found = lines("Sáng 28/5/2024, Tổng Liên đoàn Lao động Việt Nam tổ chức hội nghị sơ kết.\n\nTừ năm 2021 đến nay, các cấp công đoàn đã biểu dương, khen thưởng 4.620 tập thể và 9.800 cá nhân; 1.800 công nhân tiêu biểu được tuyên dương tại chương trình \"Tự hào tiếp bước truyền thống\" hằng năm.")
        #expect(found.isEmpty, "\(found)")
    }

    /// Figures over the year or over all levels, beside this event's awards: "…; trong năm, Ủy ban MTTQ phường đã biểu dương 56
    /// gương …", "… có 118 tập thể, 172 cá nhân được cấp ủy các cấp biểu dương", "Với những thành tích đạt được, 5 năm qua, … trong
    /// đó có 4 tập thể, 9 cá nhân được Thủ tướng Chính phủ tặng Bằng khen".
    @Test func theYearsAndAllLevelsFigures() {
        let found = lines("""
            Sáng 9/1/2026, Đảng ủy phường Hạc Thành tổ chức hội nghị tổng kết năm 2025.

            Phong trào "Người tốt, việc tốt" được hưởng ứng tích cực; trong năm, Ủy ban MTTQ Việt Nam phường đã biểu dương 56 gương người tốt, việc tốt tại các khu dân cư. Đồng chí Bí thư nhấn mạnh, năm 2025 toàn Đảng bộ có 118 tập thể, 172 cá nhân được cấp ủy các cấp biểu dương, khen thưởng vì có thành tích tiêu biểu. Với những thành tích đạt được, 5 năm qua, nhiều tập thể, cá nhân đã được tặng thưởng nhiều phần thưởng cao quý, trong đó có 4 tập thể, 9 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.

            Dịp này, Ban Thường vụ Đảng ủy phường tặng Giấy khen cho 12 chi bộ và 20 đảng viên.
            """, title: "Phường Hạc Thành tổng kết năm 2025")
        #expect(found == ["Ban Thường vụ Đảng ủy phường Hạc Thành|Giấy khen|12|20|0"], "\(found)")
    }

    /// A school year's or a year's tally ("Năm học 2021 - 2022, Chi bộ có 2 đảng viên được … tặng Giấy khen") and a year's figures
    /// reported ("… cho biết, năm 2019 UBND tỉnh đã biểu dương 150 người …") are no awards of this event.
    @Test func aYearsTallyAndAYearsFiguresReported() {
        let tally = Fixtures.awardLines(title: "Chi bộ sơ kết học tập và làm theo Bác", "Chi bộ Trường THPT Bùi Hữu Nghĩa vừa tổ chức hội nghị sơ kết việc học tập và làm theo Bác.\n\nNăm học 2021 - 2022, Chi bộ có 2 đảng viên được Đảng ủy Sở Giáo dục và Đào tạo tặng Giấy khen vì có thành tích tiêu biểu.\n\nTại hội nghị, Chi bộ đã biểu dương 3 tổ chuyên môn và 7 đảng viên.")
        #expect(tally == ["Chi bộ Trường THPT Bùi Hữu Nghĩa|biểu dương|3|7|0"], "\(tally)")
        let reported = Fixtures.awardLines(title: "Hội thảo về người có uy tín", "Ngày 26/6/2020, Trường Chính trị tỉnh Đắk Lắk tổ chức hội thảo khoa học.\n\nTham luận của Ban Dân tộc tỉnh cho biết, năm 2019 UBND tỉnh đã biểu dương 150 người có uy tín tiêu biểu.")
        #expect(reported.isEmpty, "\(reported)")
    }
}
