import Testing
@testable import ChronicleKit

/// What around a clause decides whether it is an award of this event, and whose: the same award
/// told with another organ, dated awards and periods, names that hold award words, captions.
struct AwardContextTests {
    func summary(_ body: String, lead: String = "Sáng 14/6/2024, Ban Thường vụ Hội Nông dân tỉnh Thái Bình tổ chức hội nghị sơ kết. ") -> [String] {
        Fixtures.awardLines(title: "Hội Nông dân Thái Bình sơ kết chuyên đề", lead + body)
    }

    @Test func oneAwardToldAgainWithTheGiversOrganIsOne() {
        let found = summary("Đồng chí Nguyễn Văn Quý trao Bằng khen của Trung ương Hội Nông dân Việt Nam cho 2 tập thể.\n\nDịp này, hai tập thể là Hội Nông dân huyện Vũ Thư và Hội Nông dân xã Thụy Trình được Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng Bằng khen.")
        #expect(found == ["Ban Chấp hành Trung ương Hội Nông dân Việt Nam|Bằng khen|2|0|0"])
    }

    /// Figures "said at" the event open the paragraph as a report's: the event is where they were told, not when.
    @Test func aReportsFiguresSaidAtTheEvent() {
        let told = "các cấp đã khen thưởng 1.256 tập thể, 2.035 cá nhân; Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 64 tập thể, 95 cá nhân."
        #expect(summary("\n\nTheo số liệu của Ban Tuyên giáo Tỉnh ủy được nêu tại hội nghị, " + told).isEmpty)
        #expect(summary("\n\nDịp này, " + told).contains("Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|64|95|0"))
    }

    /// "tại hội nghị sơ kết vào tháng 3.2024" at a June 2024 event names an earlier meeting, however the month is written.
    @Test func aMeetingOfAnEarlierMonth() {
        for month in ["tháng 3.2024", "tháng 3-2024", "tháng 3 năm 2024"] {
            #expect(summary("Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 64 tập thể, 95 cá nhân tại hội nghị sơ kết vào \(month).").isEmpty)
        }
        #expect(summary("Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 64 tập thể, 95 cá nhân tại hội nghị này.") == ["Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|64|95|0"])
    }

    /// A caption opening with the verb ("Trao khen thưởng của … cho …") retells the body's clause; a head's caption
    /// ("Trưởng Ban Tuyên giáo Tỉnh ủy … tuyên dương 35 cá nhân") retells the department's: each counted once, as the body says.
    @Test func captionsRetellingWithTheVerbFirstOrTheHeadsPost() {
        let found = summary("Dịp này, Ban Thường vụ Tỉnh ủy khen thưởng 1 tập thể, 1 cá nhân; Ban Tuyên giáo Tỉnh ủy tuyên dương 35 cá nhân.\n\nTrao khen thưởng của Ban Thường vụ Tỉnh ủy cho 1 tập thể, 1 cá nhân.\n\nTrưởng Ban Tuyên giáo Tỉnh ủy Nguyễn Văn An tuyên dương 35 cá nhân.\n\nCác đại biểu dự hội nghị.",
                            lead: "Sáng 14/6/2024, Tỉnh ủy Thái Bình tổ chức hội nghị sơ kết. ")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Thái Bình|khen thưởng|1|1|0", "Ban Tuyên giáo Tỉnh ủy Thái Bình|tuyên dương|0|35|0"])
    }

    /// "Sáng cùng ngày, tại Lễ kỷ niệm …" after the lead tells another event of the same day; in the lead it is the news.
    @Test func anotherEventTheSameDay() {
        let lead = "Tối 18/5/2020, Ban Tuyên giáo Tỉnh ủy Thái Bình tổ chức chương trình giao lưu điển hình. "
        #expect(summary("\n\nSáng cùng ngày, tại Lễ kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh do Tỉnh ủy, UBND tỉnh tổ chức, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 20 tập thể, 25 cá nhân.",
                        lead: lead).isEmpty)
        #expect(summary("", lead: "Chiều cùng ngày 18/5/2020, Ban Tuyên giáo Tỉnh ủy Thái Bình tổ chức chương trình giao lưu và tặng Giấy khen cho 5 tập thể. ")
                == ["Ban Tuyên giáo Tỉnh ủy Thái Bình|Giấy khen|5|0|0"])
    }

    /// Counts whose own passive gives nothing ("12 điển hình … được chọn từ 245 tập thể, cá nhân đã được các huyện ủy …
    /// biểu dương") take no award from other counts' passive; one subject's two passives, the second an award, do.
    @Test func countsChosenFromTheHonouredAndTwoPassivesOfOneSubject() {
        #expect(summary("12 điển hình tham gia giao lưu năm nay được chọn từ 245 tập thể, cá nhân đã được các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc biểu dương.").isEmpty)
        #expect(summary("Dịp này, 20 cá nhân được bình chọn, được Chủ tịch UBND tỉnh tặng Bằng khen.") == ["Chủ tịch UBND tỉnh Thái Bình|Bằng khen|0|20|0"])
    }

    /// One unit praises, another gives its Bằng khen to the same people: two awards, though the counts agree.
    @Test func twoGiversHonouringTheSamePeople() {
        let found = summary("Tại buổi lễ, Ban Thường vụ Tỉnh ủy biểu dương 25 tập thể và 35 cá nhân tiêu biểu. Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể, 35 cá nhân được biểu dương.",
                            lead: "Sáng 14/6/2024, Tỉnh ủy Thái Bình tổ chức lễ biểu dương. ")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Thái Bình|biểu dương|25|35|0", "Chủ tịch UBND tỉnh Thái Bình|Bằng khen|25|35|0"])
    }

    /// "Các tập thể được tặng Cờ thi đua gồm:" names those of a clause already counted; "các" opens no giver.
    @Test func aListNamingAClausesRecipients() {
        let found = summary("Dịp này, Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể dẫn đầu.\n\nCác tập thể được tặng Cờ thi đua gồm:\n- Đảng bộ xã Vũ Hội;\n- Đảng bộ xã Vũ Vinh;\n- Đảng bộ Công an tỉnh.",
                            lead: "Sáng 14/6/2024, Tỉnh ủy Thái Bình tổ chức lễ biểu dương. ")
        #expect(found == ["Chủ tịch UBND tỉnh Thái Bình|Cờ thi đua|3|0|0"])
        // Those honoured, named before the award that tells who gave what: the recipients before "được" are no giver.
        let before = summary("Ba nhân viên được khen thưởng gồm:\n- Điều dưỡng Nguyễn Thị Linh, Khoa Nhi;\n- Hộ lý Trần Văn Tư, Khoa Ngoại;\n- Kỹ thuật viên Lâm Thị Kiều, Khoa Xét nghiệm.\n\nDịp này, Giám đốc Bệnh viện tặng Giấy khen cho 3 cá nhân nêu trên.",
                             lead: "Sáng 8-1-2020, Ban Giám đốc Bệnh viện Đa khoa Cà Mau tổ chức lễ khen thưởng. ")
        #expect(before == ["Giám đốc Bệnh viện Đa khoa Cà Mau|Giấy khen|0|3|0"])
    }

    /// A January review of last year gives its awards "tại hội nghị tổng kết năm 2023"; an award one "đã được" at a
    /// meeting of an earlier year is that meeting's.
    @Test func aReviewOfLastYearAndAnAwardAtAnEarlierYearsMeeting() {
        let lead = "Sáng 10/1/2024, Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết năm 2023. "
        #expect(summary("Có 10 tập thể được UBND tỉnh tặng Bằng khen tại hội nghị tổng kết năm 2023.", lead: lead) == ["UBND tỉnh Thái Bình|Bằng khen|10|0|0"])
        #expect(summary("Nhiều điển hình đã được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại Hội nghị tổng kết năm 2021.", lead: lead).isEmpty)
    }

    @Test func whoTheHonouredAreIsNoAward() {
        let found = summary("Trong số 45 gương được tuyên dương, có 12 đảng viên, 7 thanh niên người dân tộc thiểu số. Ban Thường vụ Hội Nông dân tỉnh tuyên dương 45 hội viên.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|tuyên dương|0|45|0"])
    }

    /// "HND" is the Hội Nông dân, of the province or of a district.
    @Test func theFarmersUnionWrittenShort() {
        let found = summary("Dịp này, Ban Thường vụ HND tỉnh tặng Bằng khen cho 2 tập thể và 3 cá nhân; Ban Thường vụ HND huyện Vũ Thư tặng Giấy khen cho 15 tập thể.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Bằng khen|2|3|0", "Ban Thường vụ Hội Nông dân huyện Vũ Thư|Giấy khen|15|0|0"])
    }

    /// "Tại hội nghị này" after figures over years is this event; counts in words open the subject after "Dịp này,".
    @Test func thisMeetingAfterFiguresOverYearsAndCountsInWordsReceiving() {
        let found = summary("Sau 3 năm, Ban Thường vụ Hội đã khen thưởng 87 tập thể, 124 cá nhân. Tại hội nghị này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 14 tập thể và 19 cá nhân.\n\nDịp này, một tập thể và một cá nhân của huyện vinh dự nhận Bằng khen của Trung ương Hội Nông dân Việt Nam vì có thành tích tiêu biểu.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|14|19|0", "Trung ương Hội Nông dân Việt Nam|Bằng khen|1|1|0"])
    }

    /// After a semicolon, a clause names its own giver, however long a company's name runs; a short name in
    /// parentheses is no part of a giver's.
    @Test func aGiverAfterASemicolonWithALongNameAndAShortOneInParentheses() {
        let found = Fixtures.awardLines(title: "Cao su Dầu Tiếng đại hội thi đua", "Ngày 10.7.2020, Công ty TNHH MTV Cao su Dầu Tiếng tổ chức Đại hội Thi đua yêu nước lần thứ V.\n\nDịp này, Tổng Giám đốc Tập đoàn Công nghiệp Cao su Việt Nam tặng Bằng khen cho 3 tập thể và 6 cá nhân; Tổng Giám đốc Công ty TNHH MTV Cao su Dầu Tiếng tặng Giấy khen cho 15 tập thể và 42 cá nhân. Ủy ban Hội Liên hiệp Thanh niên Việt Nam (LHTN) huyện Dầu Tiếng tặng Giấy khen cho 3 tập thể.")
        #expect(found == ["Tổng Giám đốc Tập đoàn Công nghiệp Cao su Việt Nam|Bằng khen|3|6|0", "Tổng Giám đốc Công ty TNHH MTV Cao su Dầu Tiếng|Giấy khen|15|42|0",
                          "Ủy ban Hội Liên hiệp Thanh niên Việt Nam huyện Dầu Tiếng|Giấy khen|3|0|0"])
    }

    /// A word or two may describe the recipients before what they did and the passive ("6 cán bộ trẻ có
    /// nhiều sáng kiến … được khen thưởng"); what they did never runs past a first "được".
    @Test func recipientsDescribedBeforeWhatTheyDidAndThePassive() {
        let found = summary("Dịp này, 6 cán bộ trẻ có nhiều sáng kiến trong học tập và làm theo Bác được khen thưởng. Tại lễ, 99 gương thanh niên tiêu biểu được Ban Thường vụ Hội Nông dân tỉnh tuyên dương.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|khen thưởng|0|6|0", "Ban Thường vụ Hội Nông dân tỉnh Thái Bình|tuyên dương|0|99|0"])
    }

    /// A caption naming the recipients by the title they share with the clause, with no kind, leaves it generic
    /// whatever another caption says of the organizer's awards.
    @Test func theRecipientsOwnCaptionNamesNoKind() {
        let found = Fixtures.awardLines(title: "Chợ Gạo khen thưởng tập thể, cá nhân tiêu biểu", "Chiều ngày 23/8/2024, Ban Thường vụ Huyện ủy Chợ Gạo tổ chức Lễ khen thưởng.\n\nLãnh đạo Huyện ủy Chợ Gạo trao Giấy khen cho các tập thể, cá nhân tiêu biểu.\n\nCũng tại buổi lễ, 14 tập thể, cá nhân có mô hình “Dân vận khéo” gắn với học tập và làm theo Bác được khen thưởng.\n\nCác tập thể, cá nhân có mô hình “Dân vận khéo” nhận khen thưởng.")
        #expect(found == ["Ban Thường vụ Huyện ủy Chợ Gạo|khen thưởng|0|0|14"])
    }

    /// A caption repeating another clause's counts says nothing of the kind a clause leaves generic.
    @Test func aCaptionAboutAnotherClauseNamesNoKind() {
        let found = Fixtures.awardLines(title: "Cao su Tây Ninh tổng kết chuyên đề", "Ngày 12/1/2024, Đảng ủy Công ty Cổ phần Cao su Tây Ninh tổ chức hội nghị tổng kết.\n\nĐảng ủy Công ty tặng Giấy khen cho 6 chi bộ và 14 đảng viên tiêu biểu làm theo Bác; Công đoàn Công ty khen thưởng 30 đoàn viên có sáng kiến hay.\n\nLãnh đạo Đảng ủy Công ty trao Giấy khen cho 6 chi bộ, 14 đảng viên tiêu biểu")
        #expect(found == ["Đảng ủy Công ty Cổ phần Cao su Tây Ninh|Giấy khen|6|14|0", "Công đoàn Công ty Cổ phần Cao su Tây Ninh|khen thưởng|0|30|0"])
    }

    /// A unit's name after "của" runs past "và" ("Ban Tuyên giáo và Dân vận Trung ương"); an occasion in an
    /// earlier month of the event's year ("… vào tháng 5/2024" at a December event) is not this event.
    @Test func aGiverNamedWithVàAndAnEarlierMonthsMeeting() {
        let found = summary("Lãnh đạo Ban Tuyên giáo Tỉnh ủy trao Bằng khen của Ban Tuyên giáo và Dân vận Trung ương cho 1 tập thể, 2 cá nhân. Trong năm, huyện có 2 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại Hội nghị biểu dương điển hình tiên tiến của tỉnh vào tháng 5/2024.",
                            lead: "Ngày 20/12/2024, Ban Thường vụ Hội Nông dân tỉnh Thái Bình tổ chức hội nghị tổng kết. ")
        #expect(found == ["Ban Tuyên giáo và Dân vận Trung ương|Bằng khen|1|2|0"])
    }

    /// "Trong 6 tháng" tells figures over months; "Chủ tịch UBND TPHCM" is Hồ Chí Minh City's chairman.
    @Test func monthsOfFiguresAndTheCitysChairmanWrittenShort() {
        let found = summary("Trong 6 tháng, các cấp ủy trong tỉnh đã kịp thời biểu dương, khen thưởng 14 tập thể, 27 cá nhân. Tại đại hội, 4 tập thể và 6 cá nhân được Chủ tịch UBND TPHCM tặng Bằng khen.")
        #expect(found == ["Chủ tịch UBND thành phố Hồ Chí Minh|Bằng khen|4|6|0"])
    }

    /// A year opening the clause right before the passive dates the award; a chuyên đề's year does not.
    @Test func aYearBeforeThePassiveDatesTheAward() {
        let found = summary("Nhiều gương mặt đã được ghi nhận ở cấp cao hơn: chị Vũ Thị Thu Hằng, sinh viên Trường Đại học Điều dưỡng Nam Định, năm 2022 được Thủ tướng Chính phủ tặng Bằng khen vì có thành tích xuất sắc. Dịp này, 6 tập thể có mô hình tiêu biểu trong thực hiện chuyên đề năm 2022 đã được Ban Thường vụ Hội Nông dân tỉnh biểu dương.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|biểu dương|6|0|0"])
    }

    /// People praised at a giao lưu, each given awards years in a row: their past, not this event's awards.
    @Test func awardsYearsInARowAreThePast() {
        let found = summary("Trong đó, bác sĩ Mỹ Linh 3 năm liền được Chủ tịch UBND tỉnh tặng Bằng khen. Ban Thường vụ Hội cũng biểu dương Chi hội Nông dân thôn Đông là chi hội có mô hình hay 3 năm liền được nhân rộng.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|biểu dương|1|0|0"])
    }

    /// "Giai đoạn trước" is the period before: its awards are not this event's.
    @Test func thePeriodBefore() {
        let found = summary("Giai đoạn trước, huyện đã có 3 tập thể, 4 cá nhân được Trung ương Hội Nông dân Việt Nam tặng Bằng khen. Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 5 tập thể.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|5|0|0"])
    }

    /// Awards of the school year before, and awards said to have been handed over at another meeting months ago ("(trao tại hội
    /// nghị biểu dương của Quân khu hồi tháng 9)" at a December event), are not this event's.
    @Test func awardsOfTheSchoolYearBeforeOrHandedOverMonthsAgo() {
        let lastYear = summary("Năm học trước, nhà trường có 1 giáo viên được Chủ tịch UBND huyện tặng Giấy khen. Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 5 tập thể.")
        #expect(lastYear == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|5|0|0"])
        let september = summary("Năm 2024, có 1 tập thể được Trung ương Hội Nông dân Việt Nam tặng Bằng khen (trao tại hội nghị biểu dương của Trung ương Hội hồi tháng 9). Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 5 tập thể.",
                                lead: "Sáng 14/12/2024, Ban Thường vụ Hội Nông dân tỉnh Thái Bình tổ chức hội nghị tổng kết. ")
        #expect(september == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|5|0|0"])
    }

    /// A clause opening with a period, after whoever says it, tells figures over those years.
    @Test func aPeriodOpeningAClauseAfterTheSpeaker() {
        let found = summary("Theo ông Phạm Văn Hưng, giai đoạn 2016-2021, Trung ương Hội Nông dân Việt Nam đã tặng Bằng khen cho 12 tập thể, 25 cá nhân. Tại hội nghị, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 5 tập thể.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|5|0|0"])
        // A period ending with a month: "Giai đoạn 2021 - 6/2025, …".
        let toAMonth = summary("Giai đoạn 2021 - 6/2025, tỉnh Thái Bình (cũ) khen thưởng 845 tập thể, 1.320 cá nhân. Tại hội nghị, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 5 tập thể.")
        #expect(toAMonth == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|5|0|0"])
    }

    /// A paragraph opening with a report tells its figures, however the award is worded; a sentence of it
    /// naming this event ("Dịp này") still tells this event's awards.
    @Test func aParagraphToldFromTheReport() {
        let found = summary("Theo báo cáo của Hội, năm 2023, 100% cơ sở hội đã xây dựng kế hoạch. Toàn tỉnh có 64 mô hình hay; Ban Thường vụ Hội đã khen thưởng 9 tập thể, 12 cá nhân có thành tích tiêu biểu năm 2023.\n\nBáo cáo tại hội nghị cho biết, 6 tháng đầu năm, 3 tập thể được Trung ương Hội tặng Bằng khen. Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 5 tập thể.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|5|0|0"])
    }

    /// Those honoured with no giver named, as many as one clause's individuals: that clause told again.
    @Test func aPartOfAClauseToldAgainWithoutItsGiver() {
        let found = summary("Dịp này, Ban Thường vụ Hội Nông dân tỉnh tuyên dương, tặng Giấy khen cho 12 tập thể và 31 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể.\n\n31 cá nhân được tuyên dương tại buổi lễ.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|12|31|0", "Chủ tịch UBND tỉnh Thái Bình|Bằng khen|5|0|0"])
    }

    /// Workers counted by their abbreviation; those honoured, counted again as the sum of the clauses that name their awards.
    @Test func workersWrittenShortAndTheHonouredCountedAgain() {
        let found = summary("Tại buổi lễ, LĐLĐ huyện Yên Lạc biểu dương 25 CNVCLĐ tiêu biểu.", lead: "Ngày 17/5/2022, Liên đoàn Lao động huyện Yên Lạc tổ chức lễ biểu dương. ")
        #expect(found == ["Liên đoàn Lao động huyện Yên Lạc|biểu dương|0|25|0"])
        let again = summary("48 CNVCLĐ tiêu biểu được tuyên dương tại buổi lễ.\n\nTại buổi lễ, Tổng LĐLĐ Việt Nam tặng Bằng khen cho 03 cá nhân; LĐLĐ tỉnh tặng Bằng khen cho 06 tập thể và 45 cá nhân.",
                            lead: "Ngày 18/5/2023, Liên đoàn Lao động tỉnh Tiền Giang tổ chức lễ tuyên dương. ")
        #expect(again == ["Tổng Liên đoàn Lao động Việt Nam|Bằng khen|0|3|0", "Liên đoàn Lao động tỉnh Tiền Giang|Bằng khen|6|45|0"])
    }

    @Test func aDistrictCommitteeNamedBareAtADistrictUnitsEvent() {
        let found = summary("Dịp này, năm đoàn viên được Ban Thường vụ Huyện ủy tặng Giấy khen.", lead: "Tối 25/3/2021, Huyện đoàn Đức Trọng tổ chức lễ tuyên dương. ")
        #expect(found == ["Ban Thường vụ Huyện ủy Đức Trọng|Giấy khen|0|5|0"])
    }

    @Test func aSecondGiverAfterTheFirstClausesCounts() {
        let found = summary("Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 2 tập thể, 3 cá nhân và Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho 12 tập thể, 16 cá nhân.",
                            lead: "Ngày 6/3/2024, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương tổ chức hội nghị tổng kết. ")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Bình Dương|Bằng khen|2|3|0", "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương|Giấy khen|12|16|0"])
    }

    @Test func anAwardDatedInAnEarlierYearAndAPeriodAfterAnOpener() {
        let found = summary("Ghi nhận thành tích trên, Hội Nông dân tỉnh đã được Chủ tịch nước tặng Huân chương Lao động hạng Nhì (năm 2017). Được biết, giai đoạn 2021-2024, Ban Thường vụ Hội Nông dân tỉnh đã khen thưởng 45 tập thể, 86 cá nhân. Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Bằng khen cho 14 tập thể.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Bằng khen|14|0|0"])
    }

    @Test func aCouncilNamedForEmulationAndRewardsGivesNothing() {
        let found = summary("Dự hội nghị có đồng chí Trương Quốc Bảo, Chủ tịch UBND huyện, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện. Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 6 tập thể.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|6|0|0"])
    }

    @Test func aCaptionNamingTheGiverWithNoKindLeavesItGeneric() {
        let found = summary("Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 4 chi hội; UBND xã Thụy Trình khen thưởng 12 tập thể, cá nhân.\n\nĐồng chí Nguyễn Văn Quý trao Giấy khen cho 4 chi hội\n\nUBND xã khen thưởng các tập thể, cá nhân điển hình")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|4|0|0", "UBND xã Thụy Trình|khen thưởng|0|0|12"])
    }

    /// A committee's commendations are its Ban Thường vụ's; a department's are its own.
    @Test func aCommitteeGivesThroughItsStandingBoard() {
        let found = summary("Dịp này, Tỉnh ủy Thái Bình tặng Bằng khen cho 8 cá nhân; Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 6 tập thể.")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|0|8|0", "Ban Tuyên giáo Tỉnh ủy Thái Bình|Giấy khen|6|0|0"])
    }

    @Test func honouredAtAnEarlierYearsCeremonyAndUnionChairs() {
        let found = summary("Trong đó, nhiều người đã được tuyên dương ở Lễ tuyên dương năm 2017 của Hội với 65 gương mặt tiêu biểu. Ban Thường vụ Hội Nông dân tỉnh tặng Bằng khen cho 40 hội viên và 15 chủ tịch công đoàn cơ sở.")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Bằng khen|0|55|0"])
    }

    /// A long handing-over line (a person, a post, "trao Giấy khen của X cho các tập thể, cá nhân") names X's kind.
    @Test func aLongHandingOverLineNamesTheKind() {
        let found = summary("Nhân dịp này, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh cũng khen thưởng 12 tập thể và 18 cá nhân có thành tích tiêu biểu.\n\nĐồng chí Lê Quang Vinh, Bí thư Đảng ủy Khối các cơ quan tỉnh trao Giấy khen của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh cho các tập thể, cá nhân điển hình tiên tiến.")
        #expect(found == ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thái Bình|Giấy khen|12|18|0"])
    }

    /// Captions naming no giver, each repeating counts of one clause only, name that clause's kind: Giấy khen for the 9 and
    /// the 12, Bằng khen for the 6.
    @Test func captionsRepeatingOneClausesCountsNameItsKind() {
        let found = summary("""
            Dịp này, Ban Tuyên giáo Tỉnh ủy đã khen thưởng 9 tập thể, 12 cá nhân có thành tích tiêu biểu; Ban Thường vụ Tỉnh đoàn khen thưởng 6 đoàn viên, thanh niên có nhiều đóng góp.

            Đồng chí Y Blim Êban trao Giấy khen cho 9 tập thể. Ảnh: Thùy Dung

            Đồng chí Nguyễn Thị Hồng Vân trao Giấy khen cho 12 cá nhân. Ảnh: Thùy Dung

            Bí thư Tỉnh Đoàn Phạm Quốc Huy trao Bằng khen cho 6 đoàn viên, thanh niên tiêu biểu. Ảnh: Thùy Dung
            """)
        #expect(found == ["Ban Tuyên giáo Tỉnh ủy Thái Bình|Giấy khen|9|12|0", "Ban Thường vụ Tỉnh đoàn Thái Bình|Bằng khen|0|6|0"], "\(found)")
    }

    /// The one kind the captions name is no generic clause's when another award names it and no caption names that clause's
    /// giver: the caption is about the award told with its kind. A caption naming the giver, however shortly, still is about it.
    @Test func aCaptionsKindAnotherAwardNamesLeavesAClauseGeneric() {
        let lead = "Sáng 17/12/2025, Đảng ủy phường Hạc Thành tổ chức hội nghị tổng kết.\n\n"
        let unnamed = summary("Lãnh đạo phường trao Giấy khen cho các tập thể, cá nhân tiêu biểu\n\nDịp này, Ban Thường vụ Đảng ủy phường tặng Giấy khen cho 8 tập thể, 14 cá nhân có thành tích tiêu biểu; UBND phường khen thưởng 5 cá nhân điển hình “người tốt, việc tốt”.", lead: lead)
        #expect(unnamed.last?.contains("|khen thưởng|0|5|0") == true, "\(unnamed)")
        let named = summary("Lãnh đạo Đảng ủy phường trao Giấy khen cho các tập thể, cá nhân tiêu biểu\n\nDịp này, Ban Thường vụ Đảng ủy phường khen thưởng 8 tập thể, 14 cá nhân có thành tích tiêu biểu; Chủ tịch UBND phường tặng Giấy khen cho 5 cá nhân điển hình.", lead: lead)
        #expect(named.first?.contains("|Giấy khen|8|14|0") == true, "\(named)")
    }

    /// A caption's figures that count no one ("… trong 5 năm thực hiện Chỉ thị 05-CT/TW") name no clause's kind.
    @Test func captionFiguresThatCountNoOne() {
        let found = summary("""
            Dịp này, Ban Thường vụ Hội Nông dân tỉnh khen thưởng 5 tập thể, 10 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể, 3 cá nhân.

            Phó Chủ tịch UBND tỉnh trao Bằng khen cho các điển hình trong 5 năm thực hiện Chỉ thị 05-CT/TW. Ảnh: Thùy Dung
            """)
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|khen thưởng|5|10|0", "Chủ tịch UBND tỉnh Thái Bình|Bằng khen|2|3|0"], "\(found)")
    }

    @Test func peopleListedWithSemicolonsAndTheLastAfterVà() {
        let found = summary("Dịp này, Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho các đồng chí: Nguyễn Văn Hiếu, Chủ tịch Hội Nông dân xã Tân Sơn; Hoàng Thị Lan, Phó Chủ tịch Hội Nông dân huyện Vũ Thư và Ngô Đức Thành, hội viên chi hội thôn 3 đã có thành tích xuất sắc.")
        #expect(found == ["Ban Chấp hành Trung ương Hội Nông dân Việt Nam|Bằng khen|0|3|0"])
    }

    /// Counted units, then "và các đồng chí …:" and the people by name: one individual a name, parentheses no name.
    @Test func peopleNamedAfterCountedUnitsInTheSameClause() {
        let found = summary("Tại buổi lễ, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 5 chi hội tiêu biểu và các đồng chí hội viên: Lò Thị Minh (xã Tân Sơn), Nguyễn Văn Quý (xã Vũ Lăng), Cầm Thị Hương (thị trấn Vũ Thư) và Mùa A Páo (xã Song Lãng).")
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|5|4|0"], "\(found)")
    }

    /// "… và các cá nhân" with no count; a later paragraph lists them under "… gồm các đồng chí:", names alone, its giver
    /// after "được": the people are counted from the list, with that giver.
    @Test func peopleListedByNameAloneUnderAPassiveIntroduction() {
        let found = summary("""
            Dịp này, Ban Thường vụ Hội Nông dân tỉnh đã tặng Giấy khen cho 10 tập thể và các cá nhân có thành tích tiêu biểu.

            Các cá nhân được Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen gồm các đồng chí:
            - Nguyễn Thị Thanh Hương, Chi hội trưởng chi hội thôn 5, xã Đông Hòa;
            - Trần Văn Lực, hội viên chi hội thôn Nam, xã Đông Mỹ;
            - Cao Văn Định, Trưởng thôn Đức Thị, xã Đông Hòa.
            """)
        #expect(found == ["Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|10|0|0", "Ban Thường vụ Hội Nông dân tỉnh Thái Bình|Giấy khen|0|3|0"], "\(found)")
    }

    /// The counts told, then "Danh sách cụ thể như sau:" and a list under "Tập thể được … tặng Giấy khen:": the list names those
    /// counted, no award of its own; a list of another count is one.
    @Test func aListNamingThoseAlreadyCountedIsNoSecondAward() {
        func found(_ count: Int) -> [String] {
            Fixtures.awardLines(title: "Bệnh viện Đa khoa tỉnh Bình Định tuyên dương", """
                Sáng 17/5/2023, Đảng ủy Bệnh viện Đa khoa tỉnh Bình Định tổ chức lễ tuyên dương.

                Dịp này, Đảng ủy Bệnh viện tặng Giấy khen cho \(count) chi bộ và 5 đảng viên; Giám đốc Bệnh viện tặng Giấy khen cho 8 cá nhân. Danh sách cụ thể như sau:

                Tập thể được Đảng ủy Bệnh viện tặng Giấy khen:
                - Chi bộ Khoa Hồi sức tích cực - Chống độc
                - Chi bộ Khoa Ngoại Chấn thương
                - Chi bộ Phòng Điều dưỡng
                """)
        }
        #expect(found(3) == ["Đảng ủy Bệnh viện Đa khoa tỉnh Bình Định|Giấy khen|3|5|0", "Giám đốc Bệnh viện Đa khoa tỉnh Bình Định|Giấy khen|0|8|0"])
        #expect(found(4).count == 3, "\(found(4))")
    }

    /// "cho tập thể Khoa …": a named collective; the people after "và các cá nhân:" are counted one a name, each perhaps after
    /// their trade ("hai điều dưỡng A và B" is two), up to the reason, which ends the list and what follows it.
    @Test func aNamedCollectiveThenPeopleListedWithTheirTrades() {
        func summary(_ body: String, lead: String) -> [String] { Fixtures.awardLines(title: "Bệnh viện biểu dương người tốt, việc tốt", lead + body) }
        let lead = "Sáng 24/6/2017, Bệnh viện Đa khoa tỉnh Quảng Trị tổ chức lễ biểu dương người tốt, việc tốt. "
        let semicolons = summary("Dịp này, Giám đốc Bệnh viện đã tặng Giấy khen cho tập thể Khoa Cấp cứu và các cá nhân: điều dưỡng Nguyễn Thị Thu Hà (Khoa Hồi sức tích cực - Chống độc); hai điều dưỡng Lê Thị Mỹ và Hoàng Văn Tâm (Khoa Nội tổng hợp); nhân viên bảo vệ Nguyễn Hữu Phước và nhân viên vệ sinh Đoàn Thị Sen (Công ty TNHH Phương Nam, đơn vị hợp đồng).", lead: lead)
        #expect(semicolons == ["Giám đốc Bệnh viện Đa khoa tỉnh Quảng Trị|Giấy khen|1|5|0"], "\(semicolons)")
        let commas = summary("Dịp này, Giám đốc Bệnh viện tặng Giấy khen cho Khoa Cấp cứu và các cá nhân: điều dưỡng Lê Thị Hà, hộ lý Nguyễn Văn Tâm, bác sĩ Trần Quang Vinh vì đã có thành tích tiêu biểu; Công đoàn ngành Y tế tỉnh tặng Giấy khen cho điều dưỡng Lê Thị Hà và bác sĩ Trần Quang Vinh.", lead: lead)
        #expect(commas == ["Giám đốc Bệnh viện Đa khoa tỉnh Quảng Trị|Giấy khen|1|3|0", "Công đoàn ngành Y tế tỉnh Quảng Trị|Giấy khen|0|2|0"], "\(commas)")
    }

    /// "đại diện lãnh đạo Trung ương Hội …" hand over for the body they lead: that body gives.
    @Test func peopleHandingOverForTheBodyTheyLead() {
        let found = summary("Thừa ủy quyền, đại diện lãnh đạo Trung ương Hội Nông dân Việt Nam trao Kỷ niệm chương \"Vì sự nghiệp nông dân Việt Nam\" cho 5 cá nhân.")
        #expect(found == ["Trung ương Hội Nông dân Việt Nam|Kỷ niệm chương|0|5|0"], "\(found)")
    }

    /// Without "các đồng chí:" the lines below are no list of people known as such: nothing is counted from them.
    @Test func namesAloneUnderAnIntroductionThatNamesNoPeopleCountNothing() {
        let found = summary("""
            Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho các điển hình sau:
            - Nguyễn Thị Thanh Hương, Chi hội trưởng chi hội thôn 5, xã Đông Hòa;
            - Trần Văn Lực, hội viên chi hội thôn Nam, xã Đông Mỹ.
            """)
        #expect(found == [], "\(found)")
    }
}

/// Givers and recipients in the ways national and military outlets write them.
struct AwardWordingTests {
    func summary(_ body: String) -> [String] {
        Fixtures.awardLines(title: "Quân khu 7 tuyên dương điển hình", "Ngày 17/5/2022, Bộ Tư lệnh Quân khu 7 tổ chức lễ tuyên dương. " + body)
    }

    @Test func givenInTurnWithTheMarkerAfterTheKind() {
        let found = summary("Dịp này, Bộ trưởng Bộ Quốc phòng và Tư lệnh Quân khu 7 đã tặng Bằng khen lần lượt cho 3 tập thể, 5 cá nhân và 18 tập thể, 27 cá nhân có thành tích xuất sắc.")
        #expect(found == ["Bộ trưởng Bộ Quốc phòng|Bằng khen|3|5|0", "Tư lệnh Quân khu 7|Bằng khen|18|27|0"])
    }

    /// "trao X tặng Y": "tặng" names the recipients after an award's name, and ends its giver.
    @Test func anAwardsNameThenTặngItsRecipients() {
        let found = summary("Thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Văn Hùng trao Huân chương Bảo vệ Tổ quốc hạng Ba tặng Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài. Đại diện Cục Chính trị trao Bằng khen của Tư lệnh Bộ đội Biên phòng tặng 4 tập thể, 6 cá nhân.")
        #expect(found == ["Chủ tịch nước|Huân chương|1|0|0", "Tư lệnh Bộ đội Biên phòng|Bằng khen|4|6|0"])
    }

    @Test func partyCommitteesCountedRightAfterTheAward() {
        let found = summary("Tại buổi lễ, Ban Thường vụ Đảng ủy Quân khu 7 tặng Cờ thi đua cho 3 đảng bộ có thành tích dẫn đầu gồm Đảng bộ Sư đoàn 5, Đảng bộ Sư đoàn 302 và Đảng bộ Trường Quân sự Quân khu.")
        #expect(found == ["Ban Thường vụ Đảng ủy Quân khu 7|Cờ thi đua|3|0|0"])
    }

    @Test func someOfACountNamedAgainInTheSameParagraph() {
        let found = summary("Tại hội nghị, 2 tập thể, 3 cá nhân được Thủ tướng Chính phủ tặng Bằng khen. Hai tập thể nhận Bằng khen của Thủ tướng Chính phủ là Sư đoàn 5 và Sư đoàn 302.")
        #expect(found == ["Thủ tướng Chính phủ|Bằng khen|2|3|0"])
    }

    @Test func awardsOfRecentYearsAreNotThisEvents() {
        let found = summary("Với những thành tích đó, đơn vị vinh dự được Đảng, Nhà nước trao tặng nhiều Huân chương cao quý; riêng 5 năm gần đây có 142 tập thể, 356 cá nhân được khen thưởng. Bộ trưởng Bộ Quốc phòng tặng Bằng khen cho 3 tập thể, 5 cá nhân.")
        #expect(found == ["Bộ trưởng Bộ Quốc phòng|Bằng khen|3|5|0"])
    }

    @Test func aCitysNameWrittenWithItsPlaceWord() {
        let found = summary("Chủ tịch UBND TP.HCM tặng Bằng khen cho 12 tập thể, 18 cá nhân.")
        #expect(found == ["Chủ tịch UBND thành phố Hồ Chí Minh|Bằng khen|12|18|0"])
    }
}

/// Places and posts as city, commune and institution pages write them.
struct GiverPlaceTests {
    func summary(_ body: String, title: String) -> [String] {
        Fixtures.awardLines(title: title, body)
    }

    /// Lai Châu is a province and its city: a Thành ủy is the city's, and so is its "UBND thành phố".
    @Test func aProvincialCityNamedLikeItsProvince() {
        let found = summary("Chiều 28-8-2024, Ban Thường vụ Thành ủy Lai Châu tổ chức lễ biểu dương. Chủ tịch UBND thành phố tặng Giấy khen cho 20 cá nhân.", title: "Thành phố Lai Châu biểu dương điển hình")
        #expect(found == ["Chủ tịch UBND thành phố Lai Châu|Giấy khen|0|20|0"])
    }

    @Test func communesAndCityUnitsNamedInAList() {
        let found = summary("Ngày 14.7.2020, UBND TP Quy Nhơn tổ chức Đại hội Thi đua yêu nước. Thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Sang trao Huân chương Lao động hạng Ba cho Nhân dân và cán bộ phường Nhơn Bình. Đồng chí cũng trao Cờ thi đua của UBND tỉnh cho UBND phường Ghềnh Ráng và Công an TP Quy Nhơn. Dịp này, Chủ tịch UBND TP tặng Giấy khen cho 21 tập thể, 35 cá nhân.", title: "Quy Nhơn đại hội thi đua yêu nước")
        #expect(found == ["Chủ tịch nước|Huân chương|1|0|0", "UBND tỉnh Bình Định|Cờ thi đua|2|0|0", "Chủ tịch UBND thành phố Quy Nhơn|Giấy khen|21|35|0"])
    }

    @Test func aNumberWordInANameIsNoCount() {
        let found = summary("Ngày 6.12.2024, Ban Thường vụ Tỉnh ủy Khánh Hòa tổ chức lễ biểu dương. Nhiều tập thể, cá nhân được biểu dương năm nay là những điển hình ở cơ sở, như: Chi bộ một thôn vùng cao ở xã Sơn Lâm vận động đồng bào bỏ du canh.", title: "Khánh Hòa biểu dương điển hình")
        #expect(found.isEmpty)
    }

    @Test func theHeadOfTheInstitutionWhoseCommitteeHeldIt() {
        let found = summary("Ngày 12/3/2024, Đảng ủy Trung tâm Y tế huyện Hải Hậu tổ chức hội nghị. Dịp này, Giám đốc Trung tâm Y tế huyện tặng Giấy khen cho 3 khoa, 2 trạm y tế xã và 9 cá nhân; thừa ủy quyền của Bộ trưởng Bộ Y tế, đồng chí Trần Văn Khải trao Kỷ niệm chương cho BSCKII Đỗ Mạnh Cường.", title: "Trung tâm Y tế Hải Hậu sơ kết chuyên đề")
        #expect(found == ["Giám đốc Trung tâm Y tế huyện Hải Hậu|Giấy khen|5|9|0", "Bộ trưởng Bộ Y tế|Kỷ niệm chương|0|1|0"])
    }

    /// A branch of the State Bank is a unit of its province, and its director gives in his own name.
    @Test func theDirectorOfABranchOfTheStateBank() {
        let found = summary("Ngày 5/9/2023, Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh tổ chức hội nghị sơ kết. Tại hội nghị, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh đã tặng Giấy khen cho 4 tập thể và 7 cá nhân.", title: "NHNN Hà Tĩnh sơ kết Kết luận 01")
        #expect(found == ["Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh|Giấy khen|4|7|0"])
    }

    /// The standing board of an institution's party committee gives as the text names it, as a
    /// provincial committee's does.
    @Test func theStandingBoardOfAnInstitutionsPartyCommittee() {
        let found = summary("Sáng 9/5/2024, Đảng ủy Kho bạc Nhà nước tỉnh Hà Nam tổ chức hội nghị sơ kết. Dịp này, BTV Đảng ủy Kho bạc Nhà nước tỉnh tặng Giấy khen cho 4 tập thể, 9 cá nhân; Ban Chấp hành Đảng ủy Cục Thuế tỉnh tặng Giấy khen cho 2 tập thể.", title: "Kho bạc Nhà nước Hà Nam sơ kết chuyên đề")
        #expect(found == ["Ban Thường vụ Đảng ủy Kho bạc Nhà nước tỉnh Hà Nam|Giấy khen|4|9|0", "Ban Chấp hành Đảng ủy Cục Thuế tỉnh Hà Nam|Giấy khen|2|0|0"])
    }

    /// "trong năm 2023 … nhân dịp sơ kết …" is another occasion; "Trong 5 năm, …;" a clause over years.
    @Test func otherOccasionsAndYearsInTheSameSentence() {
        let found = summary("Ngày 28/12/2023, Ban Thường vụ Thị ủy Vĩnh Châu tổ chức lễ biểu dương. Đồng chí lưu ý, trong năm 2023, thị xã đã có 2 tập thể được Ban Thường vụ Tỉnh ủy tặng Bằng khen nhân dịp sơ kết 2 năm thực hiện Kết luận số 01-KL/TW. Trong 5 năm, cấp ủy các cấp đã khen thưởng 1.254 tập thể, 2.817 cá nhân; tại hội nghị, Ban Thường vụ Thị ủy tặng Giấy khen cho 10 tập thể và 20 cá nhân.", title: "Vĩnh Châu biểu dương điển hình")
        #expect(found == ["Ban Thường vụ Thị ủy Vĩnh Châu|Giấy khen|10|20|0"])
    }

    @Test func aQualifierBeforeThePassiveAndAReasonOverYears() {
        let found = summary("Sáng 10/4/2024, Quận ủy Cái Răng tổ chức hội nghị. Dịp này, 5 tập thể và 7 cá nhân có cách làm hay, hiệu quả trong thực hiện chuyên đề năm 2024 được Ban Thường vụ Quận ủy biểu dương. Đảng ủy phường Lê Bình tặng Giấy khen cho 02 chi bộ và 05 đảng viên tiêu biểu qua 3 năm thực hiện Kết luận số 01-KL/TW.", title: "Cái Răng sơ kết chuyên đề")
        #expect(found == ["Ban Thường vụ Quận ủy Cái Răng|biểu dương|5|7|0", "Đảng ủy phường Lê Bình|Giấy khen|2|5|0"])
    }

    /// "Trong năm 2024, …" opening the sentence at a January 2025 event is the year before, even with
    /// "tại hội nghị" later in it (the province's meeting, not this one).
    @Test func theYearBeforeOpeningTheSentence() {
        let found = summary("Sáng 15/1/2025, Ban Thường vụ Thành ủy Thái Bình tổ chức hội nghị tổng kết. Trong năm 2024, thành phố có 1 tập thể và 2 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại hội nghị biểu dương của tỉnh. Nhân dịp này, Ban Thường vụ Thành ủy đã khen thưởng 16 tập thể và 21 cá nhân.", title: "Thành phố Thái Bình tổng kết chuyên đề")
        #expect(found == ["Ban Thường vụ Thành ủy Thái Bình|khen thưởng|16|21|0"])
    }

    /// After the lead, an occasion said to have passed ("Dịp … 19/5 vừa qua, …") is recalled; in the lead it is the news.
    @Test func anOccasionRecalledAfterTheLead() {
        let recalled = summary("Vừa qua, Ban Thường vụ Huyện ủy Lục Ngạn tổ chức hội nghị sơ kết 9 tháng thực hiện chuyên đề.\n\nDịp kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5 vừa qua, Ban Thường vụ Huyện ủy đã biểu dương 20 tập thể, 30 cá nhân điển hình.", title: "Lục Ngạn sơ kết chuyên đề")
        #expect(recalled == [])
        let news = summary("Dịp kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5 vừa qua, Ban Thường vụ Huyện ủy Lục Ngạn đã biểu dương 20 tập thể, 30 cá nhân điển hình.", title: "Lục Ngạn biểu dương điển hình")
        #expect(news == ["Ban Thường vụ Huyện ủy Lục Ngạn|biểu dương|20|30|0"])
    }

    /// A day without its year is another occasion's when it is days away from the event's; a congress's
    /// closing day is its own.
    @Test func aDayWithoutItsYearAwayFromTheEvent() {
        let found = summary("Sáng 15/10/2024, Huyện ủy Lục Ngạn khai mạc đại hội thi đua. Ngày 19/5, Ban Thường vụ Huyện ủy đã biểu dương 20 tập thể. Chiều 16/10, bế mạc đại hội, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể.", title: "Lục Ngạn đại hội thi đua")
        #expect(found == ["Chủ tịch UBND huyện Lục Ngạn|Giấy khen|12|0|0"])
    }

    /// "Ba năm qua" is figures over years, a count in words; "vào năm 2017" dates an award before the event.
    @Test func yearsCountedInWordsAndAnAwardInAnEarlierYear() {
        let found = summary("Chiều 21/5/2019, Ban Thường vụ Huyện ủy Lâm Thao tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW.\n\nBa năm qua, Ban Thường vụ Huyện ủy đã khen thưởng 85 tập thể, 146 cá nhân; 2 tập thể, 3 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen vào năm 2017.\n\nNhân dịp này, Ban Thường vụ Huyện ủy Lâm Thao tặng Giấy khen cho 12 tập thể, 18 cá nhân.", title: "Lâm Thao sơ kết Chỉ thị 05")
        #expect(found == ["Ban Thường vụ Huyện ủy Lâm Thao|Giấy khen|12|18|0"])
    }

    /// A report's figures ("Báo cáo cũng nêu, năm 2024 thị xã có …") are not this event's; a generic headline
    /// total adding up some of the clauses is no award of its own.
    @Test func aReportsFiguresAndAHeadlineTotalOfSomeClauses() {
        let found = summary("Thị xã Kinh Môn khen thưởng 36 tập thể, cá nhân có thành tích tiêu biểu.\n\nSáng 9.1.2025, Ban Thường vụ Thị ủy Kinh Môn tổ chức hội nghị tổng kết.\n\nBáo cáo cũng nêu, năm 2024 thị xã có 2 tập thể, 3 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại hội nghị sơ kết của tỉnh (tháng 6/2024); 1 tập thể được Ban Tuyên giáo Trung ương tặng Bằng khen.\n\nDịp này, 1 tập thể được Ban Thường vụ Tỉnh ủy tặng Bằng khen; Ban Thường vụ Thị ủy tặng Giấy khen cho 14 tập thể, 21 cá nhân và tuyên dương 10 tập thể, cá nhân.", title: "Kinh Môn tổng kết chuyên đề")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Hải Dương|Bằng khen|1|0|0", "Ban Thường vụ Thị ủy Kinh Môn|Giấy khen|14|21|0", "Ban Thường vụ Thị ủy Kinh Môn|tuyên dương|0|0|10"])
    }

    /// An award named with its year ("Bằng khen năm 2022") is an earlier one after March of the next year;
    /// in its first months, the year's awards are still being presented.
    @Test func anAwardOfTheYearBefore() {
        let body = "Dịp này, chị Lò Thị Thanh được Chủ tịch UBND tỉnh tặng Bằng khen năm 2022 vì có thành tích xuất sắc."
        let august = summary("Ngày 5/8/2023, Tỉnh Đoàn Lào Cai tổ chức giao lưu điển hình. " + body, title: "Lào Cai giao lưu điển hình")
        #expect(august == [])
        let february = summary("Ngày 5/2/2023, Tỉnh Đoàn Lào Cai tổ chức giao lưu điển hình. " + body, title: "Lào Cai giao lưu điển hình")
        #expect(february == ["Chủ tịch UBND tỉnh Lào Cai|Bằng khen|0|1|0"])
    }

    /// The award's title may stand before its year ("Bằng khen “Nông dân sản xuất, kinh doanh giỏi” năm 2015"); an undated
    /// feature is of the day it was published, so in August 2016 that is an earlier award, in February 2016 perhaps not yet.
    @Test func anAwardOfTheYearBeforeInAnUndatedFeature() {
        func feature(published: String) -> [String] {
            Fixtures.awardLines(title: "Nông dân Mộc Châu làm theo lời Bác\nCập nhật lúc 09:20, \(published)", "Không hô hào, nhiều hội viên nông dân ở Mộc Châu đang làm theo Bác bằng những việc rất cụ thể.\n\nÔng Piểng từng được Trung ương Hội Nông dân Việt Nam tặng Bằng khen năm 2014; chị Hoa được UBND tỉnh tặng Bằng khen “Nông dân sản xuất, kinh doanh giỏi” năm 2015.")
        }
        #expect(feature(published: "09/08/2016") == [])
        #expect(feature(published: "09/02/2016") == ["UBND tỉnh Sơn La|Bằng khen|0|1|0"])
    }

    /// Earlier years and quarters told inside the story: "Theo Ban …, năm 2020 Thành ủy … đã biểu dương …", "…; riêng năm 2017 có 1
    /// tập thể … được … tặng Bằng khen", "Quý I vừa qua, Đảng ủy Khối đã biểu dương 12 chi bộ" at a June meeting; and "Danh
    /// sách một số điển hình … được tuyên dương:" over a table lists some of those already counted.
    @Test func earlierYearsQuartersAndAListOfSome() {
        let lead = "Sáng 14/6/2023, Thành ủy Nha Trang tổ chức hội nghị sơ kết 2 năm thực hiện Kết luận 01-KL/TW.\n\n"
        #expect(summary(lead + "Theo Ban Tuyên giáo Thành ủy, năm 2020 Thành ủy Nha Trang đã biểu dương, khen thưởng 14 tập thể, 21 cá nhân điển hình.", title: "Nha Trang sơ kết") == [])
        #expect(summary(lead + "Các cấp ủy đã biểu dương 246 tập thể và 718 cá nhân điển hình; riêng năm 2017 có 1 tập thể và 2 cá nhân được Ban Tuyên giáo Trung ương tặng Bằng khen.", title: "Nha Trang sơ kết") == [])
        #expect(summary(lead + "Quý I vừa qua, Đảng ủy Khối đã biểu dương 12 chi bộ có cách làm hay.", title: "Nha Trang sơ kết") == [])
        let listed = summary(lead + "Dịp này, Ban Thường vụ Thành ủy đã tặng Giấy khen cho 15 tập thể và 30 cá nhân.\n\nDanh sách một số điển hình cá nhân tiêu biểu được tuyên dương:\n\nTT\tHọ và tên\tChức vụ, đơn vị\n1\tPhan Văn Hòe\tBí thư Chi bộ xóm 5\n2\tNguyễn Thị Lài\tGiáo viên Trường Tiểu học Hợp Thành\n3\tĐặng Quốc Toản\tTrưởng Công an xã Phúc Thành", title: "Nha Trang sơ kết")
        #expect(listed == ["Ban Thường vụ Thành ủy Nha Trang|Giấy khen|15|30|0"], "\(listed)")
    }

    /// "NHCSXH" in a giver is spelled out, as in the unit's name.
    @Test func theSocialPolicyBankWrittenShort() {
        let found = summary("Ngày 28/12/2023, Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sơn La tổ chức hội nghị tổng kết. Dịp này, Giám đốc Chi nhánh NHCSXH tỉnh Sơn La tặng Giấy khen cho 6 tập thể và 11 cá nhân.", title: "NHCSXH Sơn La tổng kết")
        #expect(found == ["Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sơn La|Giấy khen|6|11|0"])
    }

    /// "tặng Giấy khen 5 lần" is over the years, and so is "…; giai đoạn 2016 - 2023 có …".
    @Test func timesOverTheYearsAndAPeriodOpeningAClause() {
        let found = summary("Sáng 20.9.2022, Huyện ủy Thanh Miện tổ chức tọa đàm. Ông Trần Văn Nghĩa, Trưởng Công an xã Ngô Quyền, đã 3 năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở, được Giám đốc Công an tỉnh tặng Giấy khen 5 lần. Bệnh viện là đơn vị Anh hùng Lao động; giai đoạn 2016 - 2023 có 4 tập thể và 9 cá nhân được Bộ trưởng Bộ Y tế tặng Bằng khen.", title: "Thanh Miện tọa đàm")
        #expect(found == [])
    }

    /// Bullet lines that tell their own awards under "… được khen thưởng:" are read one by one, not as units named.
    @Test func bulletLinesTellingTheirOwnAwards() {
        let found = summary("Ngày 9-3-2021, Đảng ủy Quân sự tỉnh Lạng Sơn tổ chức hội nghị tổng kết.\n\nDịp này, các tập thể, cá nhân có thành tích xuất sắc trong 5 năm thực hiện Chỉ thị 05-CT/TW, Chỉ thị 87-CT/QUTW được khen thưởng:\n- Bộ Tư lệnh Quân khu 1 tặng Bằng khen cho 2 tập thể, 3 cá nhân;\n- Đảng ủy Quân sự tỉnh tặng Giấy khen cho 9 tập thể, 14 cá nhân.", title: "Lạng Sơn tổng kết Chỉ thị 05")
        #expect(found == ["Bộ Tư lệnh Quân khu 1|Bằng khen|2|3|0", "Đảng ủy Quân sự tỉnh Lạng Sơn|Giấy khen|9|14|0"])
    }

    /// Miners counted as people: "45 thợ mỏ tiêu biểu đã được tuyên dương, nhận Giấy khen của Giám đốc …".
    @Test func minersPraisedAndGivenAnAward() {
        let found = summary("Ngày 17.8.2023, Công ty Than Hà Lầm - TKV tổ chức lễ tuyên dương. Tại buổi lễ, 45 thợ mỏ tiêu biểu đã được tuyên dương, nhận Giấy khen của Giám đốc Công ty Than Hà Lầm - TKV.", title: "Than Hà Lầm tuyên dương thợ mỏ")
        #expect(found == ["Giám đốc Công ty Than Hà Lầm - Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam|Giấy khen|0|45|0"], "TKV spelled out, as units.yml has it")
    }

    /// A guest "người năm 2022 vinh dự được …", a school year that has ended ("Năm học 2021 - 2022, trường có …") and
    /// "Năm 2020 tỉnh biểu dương 80 người" tell earlier awards; "ĐH" in a name is "Đại học".
    @Test func earlierYearsOfGuestsSchoolsAndProvinces() {
        let found = summary("Chiều 12.5.2023, Đảng ủy Trường ĐH Quy Nhơn tổ chức giao lưu điển hình. Cô giáo Hồ Thị Bích, người năm 2022 vinh dự được Thủ tướng Chính phủ tặng Bằng khen, chia sẻ kinh nghiệm.\n\nNăm học 2021 - 2022, trường có 1 tập thể, 3 cá nhân được Bộ trưởng Bộ GD&ĐT tặng Bằng khen. Năm 2020 tỉnh biểu dương 80 người, năm nay ít hơn.\n\nDịp này, Hiệu trưởng Trường ĐH Quy Nhơn tặng Giấy khen cho 4 tập thể, 9 cá nhân.", title: "Trường ĐH Quy Nhơn giao lưu điển hình")
        #expect(found == ["Hiệu trưởng Trường Đại học Quy Nhơn|Giấy khen|4|9|0"])
        let organizer = Fixtures.extract("Trường ĐH Quy Nhơn giao lưu điển hình\n\nChiều 12.5.2023, Đảng ủy Trường ĐH Quy Nhơn tổ chức giao lưu điển hình.").facts.organizer
        #expect(organizer?.unit ?? organizer?.phrase == "Đảng ủy Trường Đại học Quy Nhơn")
    }

    /// "Tại hội nghị của thành phố ngày 16-5, …" at an event of the 18th names another occasion.
    @Test func anOccasionOnAnotherDay() {
        let found = summary("Sáng 18-5-2023, Quận ủy Ninh Kiều tổ chức lễ biểu dương. Dịp này, Ban Thường vụ Quận ủy Ninh Kiều tặng Giấy khen cho 8 tập thể và 12 cá nhân. Tại hội nghị của thành phố ngày 16-5, quận cũng có 2 tập thể và 1 cá nhân được Ban Thường vụ Thành ủy tặng Bằng khen.", title: "Ninh Kiều biểu dương điển hình")
        #expect(found == ["Ban Thường vụ Quận ủy Ninh Kiều|Giấy khen|8|12|0"])
    }

    /// "trong nhiệm kỳ qua" is figures over a term; choosing some to put forward ("sẽ lựa chọn 3 gương … xét
    /// tuyên dương cấp tỉnh") gives nothing yet.
    @Test func aTermsFiguresAndExemplarsPutForward() {
        let found = summary("Sáng 24/3/2024, Huyện đoàn Chợ Gạo tổ chức lễ tuyên dương. Dịp này, Ban Thường vụ Huyện đoàn Chợ Gạo tuyên dương 30 gương thanh niên tiêu biểu. Được biết, trong nhiệm kỳ qua, Huyện đoàn có 1 tập thể và 2 cá nhân được Trung ương Đoàn tặng Bằng khen. Từ 30 gương được tuyên dương, Ban Thường vụ Huyện đoàn sẽ lựa chọn 3 gương tiêu biểu nhất để giới thiệu về Tỉnh Đoàn xét tuyên dương cấp tỉnh.", title: "Chợ Gạo tuyên dương thanh niên")
        #expect(found == ["Ban Thường vụ Huyện đoàn Chợ Gạo|tuyên dương|0|30|0"])
    }

    /// A tuyên dương by the committee's standing board, beside Giấy khen and Bằng khen that add up to the same
    /// number by chance, is an award of its own; bullet lines with no giver take the one introducing them.
    @Test func aPraiseOfItsOwnAndBulletsTakingTheirGiver() {
        let praise = summary("Sáng 12/7/2024, Ban Thường vụ Thành ủy Lào Cai tổ chức lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Thành ủy tuyên dương 45 tập thể, cá nhân. Dịp này, Ban Thường vụ Thành ủy cũng tặng Giấy khen cho 10 tập thể, 14 cá nhân; Chủ tịch UBND thành phố tặng Giấy khen cho 6 tập thể và 9 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể, 4 cá nhân.", title: "Thành phố Lào Cai tuyên dương điển hình")
        #expect(praise.first == "Ban Thường vụ Thành ủy Lào Cai|tuyên dương|0|0|45")
        #expect(praise.count == 4)
        let listed = summary("Chiều 15-1-2025, Ban Thường vụ Thành ủy Đà Lạt tổ chức hội nghị tổng kết.\n\nDịp này, Ban Thường vụ Thành ủy Đà Lạt khen thưởng, biểu dương các tập thể, cá nhân, cụ thể:\n\n+ Tặng Giấy khen cho 8 tập thể và 11 cá nhân có thành tích xuất sắc;\n\n+ Biểu dương 5 cá nhân tiêu biểu.", title: "Đà Lạt tổng kết")
        #expect(listed == ["Ban Thường vụ Thành ủy Đà Lạt|Giấy khen|8|11|0", "Ban Thường vụ Thành ủy Đà Lạt|biểu dương|0|5|0"])
    }

    /// "… tặng Giấy khen cho 9 tập thể, 14 cá nhân và Chủ tịch UBND huyện 6 tập thể, 11 cá nhân": the second giver
    /// shares the verb and award left out; a place before counts is no giver.
    @Test func aSecondGiverSharingTheVerb() {
        let found = summary("Ngày 9/6/2020, Huyện ủy Gò Dầu tổ chức hội nghị tổng kết. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 9 tập thể, 14 cá nhân và Chủ tịch UBND huyện 6 tập thể, 11 cá nhân có thành tích xuất sắc.", title: "Gò Dầu tổng kết chuyên đề")
        #expect(found == ["Ban Thường vụ Huyện ủy Gò Dầu|Giấy khen|9|14|0", "Chủ tịch UBND huyện Gò Dầu|Giấy khen|6|11|0"])
        // In passives: the first giver's verb left out before "và".
        let passives = summary("Ngày 9/6/2020, Huyện ủy Gò Dầu tổ chức hội nghị tổng kết. Dịp này, 9 tập thể, 14 cá nhân được Ban Thường vụ Huyện ủy và 6 tập thể, 11 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.", title: "Gò Dầu tổng kết chuyên đề")
        #expect(passives == ["Ban Thường vụ Huyện ủy Gò Dầu|Giấy khen|9|14|0", "Chủ tịch UBND huyện Gò Dầu|Giấy khen|6|11|0"])
    }

    /// "… Bằng khen của Thủ tướng Chính phủ cho 1 tập thể, 2 cá nhân; của Ban Tuyên giáo Trung ương cho 2 tập thể,
    /// 2 cá nhân": the award named once for two givers.
    @Test func anAwardNamedOnceForTwoGivers() {
        let found = summary("Sáng 6-4-2021, Tỉnh ủy Kiên Giang tổ chức hội nghị tổng kết. Dịp này, Tỉnh ủy trao Bằng khen của Thủ tướng Chính phủ cho 1 tập thể, 2 cá nhân; của Ban Tuyên giáo Trung ương cho 2 tập thể, 2 cá nhân có thành tích xuất sắc.", title: "Kiên Giang tổng kết Chỉ thị 05")
        #expect(found == ["Thủ tướng Chính phủ|Bằng khen|1|2|0", "Ban Tuyên giáo Trung ương|Bằng khen|2|2|0"])
    }

    /// "tổ chức lễ tuyên dương 85 tập thể, cá nhân" names the ceremony by all it honours: with clauses adding up
    /// to 85, it is their total.
    @Test func aCeremonyNamedByAllItHonours() {
        let found = summary("Chiều 16/5/2023, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức lễ tuyên dương 85 tập thể, cá nhân điển hình. Dịp này, Ban Tuyên giáo Trung ương tặng Bằng khen cho 2 tập thể, 3 cá nhân; Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 20 tập thể, 25 cá nhân và Chủ tịch UBND tỉnh 15 tập thể, 20 cá nhân.", title: "Hà Tĩnh tuyên dương 85 tập thể, cá nhân")
        #expect(found == ["Ban Tuyên giáo Trung ương|Bằng khen|2|3|0", "Ban Thường vụ Tỉnh ủy Hà Tĩnh|Bằng khen|20|25|0", "Chủ tịch UBND tỉnh Hà Tĩnh|Bằng khen|15|20|0"])
    }

    /// "X và Y lần lượt tặng giấy khen cho 15 và 10 tập thể, 20 và 12 cá nhân": X's 15 tập thể and 20 cá nhân, Y's 10 and 12.
    @Test func pairsOfCountsOnePerGiver() {
        let found = summary("Chiều 25.3.2021, Huyện ủy Núi Thành tổ chức hội nghị tổng kết. Dịp này, Ban Thường vụ Huyện ủy và Chủ tịch UBND huyện lần lượt tặng giấy khen cho 15 và 10 tập thể, 20 và 12 cá nhân có thành tích xuất sắc.", title: "Núi Thành tổng kết Chỉ thị 05")
        #expect(found == ["Ban Thường vụ Huyện ủy Núi Thành|Giấy khen|15|20|0", "Chủ tịch UBND huyện Núi Thành|Giấy khen|10|12|0"])
    }

    /// "Trong nhiều năm liền, Đảng bộ … được … tặng Bằng khen": years in a row, not this event.
    @Test func yearsInARowAfterTrong() {
        let found = summary("Ngày 28/9/2022, Thành ủy Phú Quốc tổ chức lễ biểu dương. Trong nhiều năm liền, Đảng bộ thành phố Phú Quốc được Ban Thường vụ Tỉnh ủy tặng Bằng khen. Dịp này, Ban Thường vụ Thành ủy biểu dương 15 tập thể, 25 cá nhân.", title: "Phú Quốc biểu dương điển hình")
        #expect(found == ["Ban Thường vụ Thành ủy Phú Quốc|biểu dương|15|25|0"])
    }

    /// "là một tấm gương" is "an example", not one award; "là một trong 68 điển hình" stays a count never read alone;
    /// "Cấp ủy các cấp đã …" and "Được biết, năm 2022 có 5 người … được …" are earlier or over time.
    @Test func anArticleOneAndFiguresOfAllLevelsAndEarlierYears() {
        let found = summary("Thứ Bảy (ngày 18/5/2024), Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức Lễ tuyên dương. Mỗi tập thể, cá nhân được tuyên dương hôm nay là một tấm gương sáng. Chị Hà là một trong 68 điển hình được Ban Thường vụ Tỉnh ủy tuyên dương. Cấp ủy các cấp đã biểu dương, khen thưởng 486 tập thể và 1.020 cá nhân. Được biết, năm 2022 có 5 người có uy tín của tỉnh được Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen. Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 30 tập thể, 56 cá nhân.", title: "Thanh Hóa tuyên dương điển hình")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Thanh Hóa|Bằng khen|30|56|0"])
    }

    /// Honours over time in profiles and reports: "Các cấp trong huyện đã …", "Quá trình thực hiện, Đảng bộ … có …",
    /// "2 lần là Chiến sĩ thi đua … và được … tặng Bằng khen", "Tháng 5-2022, tại lễ tuyên dương …" at a December event.
    @Test func honoursOverTimeInProfilesAndReports() {
        let found = summary("Chiều 29-12-2022, Ban Tuyên giáo Tỉnh ủy Hải Dương tổ chức hội nghị. Các cấp trong huyện đã kịp thời biểu dương, khen thưởng 186 tập thể, 342 cá nhân. Quá trình thực hiện, Đảng bộ Quân sự tỉnh có 2 tập thể được Bộ trưởng Bộ Quốc phòng tặng Bằng khen. Cô Hà nhiều năm liền đạt danh hiệu Lao động tiên tiến, 2 lần là Chiến sĩ thi đua cấp tỉnh và được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen. Tháng 5-2022, tại lễ tuyên dương, 3 điển hình này cùng 47 tập thể, cá nhân khác đã được Ban Thường vụ Tỉnh ủy tặng Bằng khen.", title: "Hải Dương thông tin chuyên đề")
        #expect(found == [])
    }

    /// "… được chọn báo cáo điển hình tại hội nghị cấp trên": a higher level's meeting is not this one, and counts with a
    /// predicate of their own ("và 2 cá nhân được chọn …") take nothing from the award of the count before.
    @Test func aHigherLevelsMeetingAndCountsWithTheirOwnPredicate() {
        let found = summary("Chiều 29/12/2023, Huyện ủy Yên Thành tổ chức hội nghị tổng kết. Cũng trong năm 2023, huyện có 1 tập thể được Ban Thường vụ Tỉnh ủy tặng Bằng khen và 2 cá nhân được chọn báo cáo điển hình tại hội nghị cấp trên. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 10 tập thể và 14 cá nhân.", title: "Yên Thành tổng kết năm 2023")
        #expect(found == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|10|14|0"])
        let own = summary("Sáng 12/6/2024, Huyện ủy Yên Thành tổ chức lễ tuyên dương. Dịp này, 3 tập thể được Ban Thường vụ Huyện ủy tặng Giấy khen và 5 cá nhân được giới thiệu báo cáo tham luận.", title: "Yên Thành tuyên dương")
        #expect(own == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|3|0|0"])
    }

    /// The lead sums up what the body tells with its giver: "Ngành Y tế … tuyên dương 10 tập thể, 18 cá nhân", then
    /// "Ban Thường vụ Đảng ủy Sở Y tế tuyên dương 10 tập thể và 18 cá nhân" is one award.
    @Test func theLeadSummingUpTheBodysAward() {
        let found = summary("(Baohatinh.vn) - Ngành Y tế Hà Tĩnh tuyên dương 10 tập thể, 18 cá nhân điển hình tiên tiến năm 2022.\n\nChiều 28/12/2022, Đảng ủy Sở Y tế Hà Tĩnh tổ chức hội nghị tuyên dương điển hình tiên tiến.\n\nDịp này, Ban Thường vụ Đảng ủy Sở Y tế tuyên dương 10 tập thể và 18 cá nhân; Giám đốc Sở Y tế tặng Giấy khen cho 3 tập thể, 6 cá nhân.", title: "Ngành Y tế Hà Tĩnh tuyên dương điển hình")
        #expect(found == ["Ban Thường vụ Đảng ủy Sở Y tế tỉnh Hà Tĩnh|tuyên dương|10|18|0", "Giám đốc Sở Y tế tỉnh Hà Tĩnh|Giấy khen|3|6|0"])
        // Its count not split, all of the body's award: "… tuyên dương 32 tập thể, cá nhân" over Giấy khen for 5 and 27.
        let unsplit = summary("Tổng công ty Đường sắt Việt Nam vừa tuyên dương 32 tập thể, cá nhân là những tấm gương người tốt, việc tốt.\n\nNgày 20/5/2019, tại Hà Nội, Tổng công ty Đường sắt Việt Nam tổ chức lễ tuyên dương. Dịp này, Tổng giám đốc Tổng công ty đã tặng Giấy khen cho 5 tập thể và 27 cá nhân.", title: "Ngành đường sắt tuyên dương người tốt, việc tốt")
        #expect(unsplit == ["Tổng giám đốc Tổng công ty Đường sắt Việt Nam|Giấy khen|5|27|0"], "\(unsplit)")
    }

    /// A bare "tặng" right before counts gives the kind named before it, with the giver of its own clause, also after a
    /// colon opening the givers' list; "tặng hoa cho 10 tập thể" gives nothing.
    @Test func aBareGivingVerbTakesTheKindNamedBefore() {
        let after = summary("Sáng 12/7/2021, Huyện ủy Chư Păh tổ chức hội nghị tổng kết. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 9 tập thể, 14 cá nhân; Chủ tịch UBND huyện tặng cho 6 tập thể, 8 cá nhân; Ban Tổ chức tặng hoa cho 10 tập thể.", title: "Chư Păh tổng kết Chỉ thị 05")
        #expect(after == ["Ban Thường vụ Huyện ủy Chư Păh|Giấy khen|9|14|0", "Chủ tịch UBND huyện Chư Păh|Giấy khen|6|8|0"])
        let listed = summary("Chiều 14/5/2023, Tỉnh ủy Sóc Trăng tổ chức giao lưu điển hình. Dịp này, Ban Thường vụ Tỉnh ủy và Chủ tịch UBND tỉnh cùng trao tặng Bằng khen cho các điển hình: Ban Thường vụ Tỉnh ủy tặng 5 tập thể, 7 cá nhân; Chủ tịch UBND tỉnh tặng 4 tập thể, 6 cá nhân.", title: "Sóc Trăng giao lưu điển hình")
        #expect(listed == ["Ban Thường vụ Tỉnh ủy Sóc Trăng|Bằng khen|5|7|0", "Chủ tịch UBND tỉnh Sóc Trăng|Bằng khen|4|6|0"])
    }

    /// "lần lượt cho 14 tập thể, cá nhân và 6 tập thể, 5 cá nhân": a count not split and a split one are two lists.
    @Test func aCombinedCountAndASplitOneAreTwoLists() {
        let found = summary("Sáng 18/5/2021, Huyện ủy Can Lộc tổ chức lễ tuyên dương. Dịp này, Ban Thường vụ Huyện ủy và Chủ tịch UBND huyện tặng Giấy khen lần lượt cho 14 tập thể, cá nhân và 6 tập thể, 5 cá nhân.", title: "Can Lộc tuyên dương điển hình")
        #expect(found == ["Ban Thường vụ Huyện ủy Can Lộc|Giấy khen|0|0|14", "Chủ tịch UBND huyện Can Lộc|Giấy khen|6|5|0"])
    }

    /// Not given at this event: honours over years told on in a sentence opening "Có …"; "3 năm liền (2020 - 2022) được …";
    /// counts put forward ("rà soát, giới thiệu 61 tập thể"); an award to be presented later ("…; Bằng khen sẽ được trao tại …").
    @Test func honoursOverYearsNomineesAndAwardsToComeLater() {
        let found = summary("Chiều 14/6/2024, Huyện ủy Thọ Xuân tổ chức hội nghị sơ kết. Trong 3 năm (2021-2024), các cấp ủy trong huyện đã khen thưởng 186 tập thể và 243 cá nhân. Có 3 tập thể, 4 cá nhân của huyện được Ban Thường vụ Tỉnh ủy tặng Bằng khen.\n\nĐể chọn ra các điển hình tuyên dương năm nay, các tổ chức cơ sở đảng đã rà soát, giới thiệu 61 tập thể và 95 cá nhân. Chi bộ 3 năm liền (2020 - 2022) được Đảng ủy Khối tặng Giấy khen.\n\nNgoài ra, 2 cá nhân đã được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc; Bằng khen sẽ được trao tại hội nghị tổng kết công tác năm 2024 của huyện. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 10 tập thể, 14 cá nhân.", title: "Thọ Xuân sơ kết 3 năm thực hiện Kết luận 01")
        #expect(found == ["Ban Thường vụ Huyện ủy Thọ Xuân|Giấy khen|10|14|0"])
    }

    /// Another time: "Tại hội nghị, …" right after a sentence telling an earlier hội nghị; "Giai đoạn này, …" and
    /// "…; riêng giai đoạn 2016-2021, …"; an honour "tại Chương trình … tổ chức tháng 5/2022" at an August event.
    @Test func theMeetingJustNamedPeriodsAndAMonthBefore() {
        let found = summary("Sáng 4/8/2022, Ban Tuyên giáo Tỉnh ủy Thanh Hóa tổ chức hội nghị thông tin chuyên đề.\n\nTrước đó, chiều 29/7, Đảng ủy Khối đã tổ chức hội nghị tổng kết. Tại hội nghị, Ban Thường vụ Đảng ủy Khối đã tặng Giấy khen cho 20 tập thể và 31 cá nhân.\n\nGiai đoạn này, Ban Thường vụ Huyện ủy đã khen thưởng 96 tập thể, 142 cá nhân; 4 tập thể, 6 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen. Cả nước đã biểu dương hàng nghìn điển hình; riêng giai đoạn 2016-2021, Ban Tuyên giáo Trung ương đã tặng Bằng khen cho 312 tập thể và 486 cá nhân.\n\nVừa qua, Đảng bộ tỉnh có 2 tập thể, 3 cá nhân được Ban Tuyên giáo Trung ương tuyên dương tại Chương trình “Những tấm gương bình dị mà cao quý” tổ chức tháng 5/2022. Dịp này, Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 5 tập thể, 7 cá nhân.", title: "Thanh Hóa thông tin chuyên đề")
        #expect(found == ["Ban Tuyên giáo Tỉnh ủy Thanh Hóa|Giấy khen|5|7|0"])
    }

    /// "tuyên dương 86 tập thể, cá nhân …; cụ thể: …" broken down past its clause into every count after it: a total.
    @Test func aCombinedTotalBrokenDownPastItsClause() {
        let found = summary("Ngày 21 tháng 8 năm 2019, Tỉnh ủy Hà Tĩnh tổ chức lễ tuyên dương. Tại buổi lễ, Ban Thường vụ Tỉnh ủy tuyên dương 86 tập thể, cá nhân điển hình tiên tiến; cụ thể: 2 tập thể, 2 cá nhân được Ban Tuyên giáo Trung ương tặng Bằng khen; 12 tập thể, 20 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 20 tập thể, 30 cá nhân được Ban Tuyên giáo Tỉnh ủy tặng Giấy khen.", title: "Hà Tĩnh tuyên dương 86 điển hình")
        #expect(found == ["Ban Tuyên giáo Trung ương|Bằng khen|2|2|0", "Chủ tịch UBND tỉnh Hà Tĩnh|Bằng khen|12|20|0", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh|Giấy khen|20|30|0"])
    }

    /// "Chỉ huy trưởng BĐBP tỉnh khen thưởng 6 tập thể" captioned "… nhận Giấy khen của Chỉ huy trưởng BĐBP tỉnh": the
    /// caption names the giver as the clause wrote it, before its name is spelled out.
    @Test func aCaptionNamingTheGiverAsWritten() {
        let found = summary("Sáng 12/7/2023, Bộ Chỉ huy BĐBP tỉnh Tây Ninh tổ chức hội nghị sơ kết. Dịp này, Tư lệnh BĐBP tặng Bằng khen cho 1 tập thể, 1 cá nhân; Chỉ huy trưởng BĐBP tỉnh khen thưởng 6 tập thể, 10 cá nhân.\n\nĐại diện tập thể nhận Bằng khen của Tư lệnh BĐBP.\n\nCác tập thể, cá nhân nhận Giấy khen của Chỉ huy trưởng BĐBP tỉnh.", title: "BĐBP Tây Ninh sơ kết 2 năm thực hiện Kết luận 01")
        #expect(found.last == "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh|Giấy khen|6|10|0", "\(found)")
    }

    /// Earlier occasions opening a sentence: an anniversary dated before the event's month ("Nhân kỷ niệm … (19/5/1890 -
    /// 19/5/2023), …" in July) or of an earlier year ("Nhân dịp kỷ niệm 130 năm Ngày sinh …" in January 2021); "Trong
    /// nhiệm kỳ, …"; and a reason two years before the event ("vì thành tích … năm 2021" in 2023).
    @Test func anniversariesTermsAndReasonsOfEarlierYears() {
        let july = summary("Sáng 12/7/2023, Huyện ủy Thọ Xuân tổ chức hội nghị sơ kết.\n\nNhân kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023), Ban Thường vụ Huyện ủy đã biểu dương 15 tập thể, 26 cá nhân; 2 tập thể được Ban Thường vụ Tỉnh ủy tặng Bằng khen trong dịp này. Trong nhiệm kỳ, Ban Thường vụ Tỉnh ủy đã khen thưởng 158 tập thể, 231 cá nhân.\n\nDịp này, Ban Thường vụ Huyện ủy Thọ Xuân tặng Giấy khen cho 8 tập thể và 12 cá nhân.", title: "Thọ Xuân sơ kết 6 tháng")
        #expect(july == ["Ban Thường vụ Huyện ủy Thọ Xuân|Giấy khen|8|12|0"])
        let january = summary("Ngày 5-1-2021, Ban Thường vụ Huyện ủy Vũ Thư tổ chức hội nghị tổng kết.\n\nNhân dịp kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh, 2 tập thể, 3 cá nhân của huyện đã được Ban Thường vụ Tỉnh ủy Thái Bình tặng Bằng khen. Điều dưỡng Hà Thị Lan từng được Chủ tịch UBND tỉnh tặng Bằng khen; bác sĩ Nguyễn Hữu Tùng được Bộ trưởng Bộ Y tế tặng Bằng khen vì thành tích trong phòng, chống dịch COVID-19 năm 2019.\n\nDịp này, Chủ tịch UBND huyện tặng Giấy khen cho 3 tập thể, 4 cá nhân.", title: "Vũ Thư tổng kết Chỉ thị 05")
        #expect(january == ["Chủ tịch UBND huyện Vũ Thư|Giấy khen|3|4|0"])
    }

    /// A review with no day of its own: an occasion dated to its month after the lead is not the review.
    @Test func anUndatedReviewIsNotADatedOccasionAfterItsLead() {
        let found = summary("Ban Thường vụ Huyện ủy Hàm Yên vừa tổ chức hội nghị sơ kết 6 tháng đầu năm 2022.\n\nNhân kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), Ban Thường vụ Huyện ủy đã biểu dương 9 tập thể, 15 cá nhân tiêu biểu.", title: "Hàm Yên sơ kết 6 tháng")
        #expect(found == [])
    }

    /// A giver said in one clause's passive stays there ("… được Chủ tịch UBND thành phố tặng Bằng khen; 35 tập thể … được
    /// biểu dương"); a clause naming none takes the giver captions name with its kind ("trao Bằng khen của Ban Thường vụ Tỉnh ủy").
    @Test func passiveGiversStayInTheirClauseAndCaptionsNameTheUnsaid() {
        let passive = summary("Chiều 11/5/2021, Ban Thường vụ Quận ủy Ngô Quyền tổ chức Lễ biểu dương. Dịp này, 2 tập thể, 3 cá nhân được Chủ tịch UBND thành phố tặng Bằng khen; 35 tập thể và 48 cá nhân điển hình được biểu dương tại buổi lễ.", title: "Ngô Quyền biểu dương điển hình")
        #expect(passive.first?.hasSuffix("|Bằng khen|2|3|0") == true && passive.last == "Ban Thường vụ Quận ủy Ngô Quyền|biểu dương|35|48|0", "\(passive)")
        let captioned = summary("Sáng 20/12/2022, Tỉnh ủy Quảng Ninh tổ chức hội nghị tổng kết Chuyên đề năm 2022.\n\nĐồng chí Vũ Thanh Sơn trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể.\n\nDịp này, 20 tập thể và 25 cá nhân có thành tích tiêu biểu được khen thưởng.", title: "Quảng Ninh tổng kết chuyên đề năm 2022")
        #expect(captioned == ["Ban Thường vụ Tỉnh ủy Quảng Ninh|Bằng khen|20|25|0"])
    }

    /// A paragraph opening with a period ("Trong năm, …") tells the report's figures to its end, unless a sentence names
    /// this event; "Đặc biệt, tháng 8/2019, …" opens an earlier occasion; a school year ended before the event
    /// ("Được biết, năm học 2022-2023, …" in October 2023).
    @Test func aPeriodsParagraphAnEarlierMonthAndAnEndedSchoolYear() {
        let found = summary("Chiều 20/10/2023, Trường Chính trị tỉnh Bình Dương tổ chức hội thảo khoa học.\n\nTrong năm, công tác phát hiện, biểu dương điển hình được quan tâm. Cấp huyện và tương đương khen thưởng 389 tập thể, 612 cá nhân. Đặc biệt, tháng 8/2019, nhân kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh, tỉnh đã tổ chức Lễ biểu dương 90 điển hình tiên tiến.\n\nĐược biết, năm học 2022-2023, Trường Chính trị tỉnh được Chủ tịch UBND tỉnh tặng Cờ thi đua vì có thành tích xuất sắc.\n\nDịp này, Ban Giám hiệu nhà trường tặng Giấy khen cho 6 tập thể, 9 cá nhân.", title: "Trường Chính trị tỉnh Bình Dương hội thảo khoa học")
        #expect(found == ["Ban Giám hiệu Trường Chính trị tỉnh Bình Dương|Giấy khen|6|9|0"])
    }

    /// "… được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại Hội nghị biểu dương điển hình tiên tiến toàn tỉnh" at a district's
    /// event: a higher level's occasion. At the province's own event the same words are this event.
    @Test func aHigherLevelsOccasion() {
        let district = summary("Sáng 12/7/2022, Huyện ủy Thanh Sơn tổ chức hội nghị sơ kết. Một tập thể của huyện được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại Hội nghị biểu dương điển hình tiên tiến toàn tỉnh. Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 6 tập thể, 9 cá nhân.", title: "Thanh Sơn sơ kết 6 tháng")
        #expect(district == ["Ban Thường vụ Huyện ủy Thanh Sơn|Giấy khen|6|9|0"])
        let province = summary("Sáng 19/5/2022, Tỉnh ủy Phú Thọ tổ chức lễ tuyên dương. Tại Hội nghị biểu dương điển hình tiên tiến toàn tỉnh, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 12 tập thể.", title: "Phú Thọ tuyên dương điển hình")
        #expect(province == ["Ban Thường vụ Tỉnh ủy Phú Thọ|Bằng khen|12|0|0"])
    }

    /// A table under a sentence ending in a colon: one award per row naming one, its two counts by the header's columns.
    @Test func awardsInATable() {
        let found = summary("Chiều 20/1/2021, Thành ủy Cao Lãnh tổ chức lễ biểu dương.\n\nTại buổi lễ, lãnh đạo Tỉnh và Thành phố đã trao khen thưởng cho các tập thể, cá nhân điển hình, cụ thể như sau:\n\nHình thức khen thưởng\tTập thể\tCá nhân\nBằng khen của Chủ tịch UBND Tỉnh\t02\t03\nGiấy khen của Ban Thường vụ Thành ủy\t12\t20\nTổng cộng\t14\t23", title: "Cao Lãnh biểu dương điển hình")
        #expect(found == ["Chủ tịch UBND tỉnh Đồng Tháp|Bằng khen|2|3|0", "Ban Thường vụ Thành ủy Cao Lãnh|Giấy khen|12|20|0"])
        // A row opening with a verb that names its kind is that award; its number before it.
        let honoured = summary("Sáng 27/12/2018, UBND tỉnh Đồng Tháp tổ chức Hội nghị biểu dương.\n\nKết quả khen thưởng tại hội nghị:\n\nTT\tHình thức khen thưởng\tTập thể\tCá nhân\n1\tBằng khen của Chủ tịch UBND tỉnh\t14\t36\n2\tBiểu dương của Ủy ban MTTQ Việt Nam tỉnh\t3\t17\n\tTổng cộng\t17\t53", title: "Đồng Tháp biểu dương điển hình")
        #expect(honoured == ["Chủ tịch UBND tỉnh Đồng Tháp|Bằng khen|14|36|0", "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp|biểu dương|3|17|0"], "\(honoured)")
        // Not the generic "khen thưởng": its rows group the recipients of the award the sentence above names (12 + 3, 30 + 5).
        let grouped = summary("Sáng 27/12/2018, Huyện ủy Cao Lãnh tổ chức hội nghị tổng kết.\n\nDịp này, Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân, cụ thể:\n\nTT\tHình thức khen thưởng\tTập thể\tCá nhân\n1\tKhen thưởng thường xuyên\t12\t30\n2\tKhen thưởng đột xuất\t3\t5", title: "Cao Lãnh tổng kết")
        #expect(grouped == ["Chủ tịch UBND huyện Cao Lãnh|Giấy khen|15|35|0"], "\(grouped)")
        // Rows of one award's classes are that award (its own name, "Lao động hạng Nhì", is no giver), as in a sentence.
        let classes = summary("Sáng 28/8/2020, UBND tỉnh Bình Phước tổ chức Đại hội thi đua yêu nước.\n\nTại đại hội, lãnh đạo tỉnh trao các phần thưởng. Cụ thể như sau:\n\nSTT | Hình thức khen thưởng | Tập thể | Cá nhân\n1 | Huân chương Lao động hạng Nhì | 1 | 0\n2 | Huân chương Lao động hạng Ba | 1 | 1\n3 | Bằng khen của Chủ tịch UBND tỉnh | 35 | 60", title: "Bình Phước đại hội thi đua")
        #expect(classes == ["Chủ tịch nước|Huân chương|2|1|0", "Chủ tịch UBND tỉnh Bình Phước|Bằng khen|35|60|0"], "\(classes)")
        // Two awards of one kind named otherwise stay apart.
        let named = summary("Sáng 20/12/2022, Ban Tuyên giáo Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết.\n\nTại hội nghị, lãnh đạo tỉnh trao các phần thưởng. Cụ thể như sau:\n\nSTT | Hình thức khen thưởng | Tập thể | Cá nhân\n1 | Kỷ niệm chương “Vì sự nghiệp Tuyên giáo” của Ban Tuyên giáo Trung ương | 0 | 9\n2 | Kỷ niệm chương “Vì sự nghiệp Dân vận” của Ban Tuyên giáo Trung ương | 0 | 4", title: "Sóc Trăng tổng kết")
        #expect(named == ["Ban Tuyên giáo Trung ương|Kỷ niệm chương|0|9|0", "Ban Tuyên giáo Trung ương|Kỷ niệm chương|0|4|0"], "\(named)")
    }

    /// The giver in a column of its own, after the kind and its quoted name; a dash for an empty cell.
    @Test func aTableWithAGiverColumnAndDashes() {
        let found = summary("Sáng 14/5/2025, Ban Tuyên giáo Tỉnh ủy Cao Lãnh tổ chức hội nghị tổng kết.\n\nDịp này, các tập thể, cá nhân có thành tích xuất sắc được khen thưởng như sau:\n\nHình thức\tCơ quan tặng\tTập thể\tCá nhân\nKỷ niệm chương “Vì sự nghiệp Tuyên giáo”\tBan Tuyên giáo Trung ương\t-\t4\nCờ thi đua\tBan Thường vụ Thành ủy\t3\t-\nBằng khen\tBan Thường vụ Thành ủy\t15\t20", title: "Cao Lãnh tổng kết chuyên đề")
        #expect(found == ["Ban Tuyên giáo Trung ương|Kỷ niệm chương|0|4|0", "Ban Thường vụ Thành ủy Cao Lãnh|Cờ thi đua|3|0|0", "Ban Thường vụ Thành ủy Cao Lãnh|Bằng khen|15|20|0"], "\(found)")
    }

    /// A row-number column before the giver's; rows of recipients grouped under a sentence naming the award are one award, of the
    /// total row's counts.
    @Test func aNumberedTableAndATableOfRecipientsGrouped() {
        let numbered = summary("Sáng 12/1/2024, Đảng ủy Khối các cơ quan tỉnh Thái Bình tổ chức hội nghị tổng kết.\n\nDịp này, các tập thể, cá nhân có thành tích xuất sắc được khen thưởng như sau:\n\nTT\tCấp khen thưởng\tHình thức\tTập thể\tCá nhân\n1\tBan Thường vụ Tỉnh ủy\tBằng khen\t3\t5\n2\tBan Thường vụ Đảng ủy Khối\tGiấy khen\t18\t27", title: "Khối các cơ quan tỉnh tổng kết chuyên đề")
        #expect(numbered == ["Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|3|5|0", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thái Bình|Giấy khen|18|27|0"], "\(numbered)")
        let grouped = summary("Ngày 16/5/2024, Ban Thường vụ Tỉnh ủy Thái Bình tổ chức hội nghị sơ kết.\n\nDịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho các tập thể, cá nhân có thành tích tiêu biểu, cụ thể:\n\nKhối/đơn vị\tTập thể\tCá nhân\nKhối Đảng, Mặt trận và các đoàn thể tỉnh\t4\t6\nKhối chính quyền\t5\t7\nCác huyện, thành phố\t7\t9\nCộng\t16\t22", title: "Thái Bình sơ kết chuyên đề")
        #expect(grouped == ["Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|16|22|0"], "\(grouped)")
    }

    /// A table copied one cell per line with a row-number column: read when the rows count 1, 2, 3; with a cell lost on the way (a
    /// repeated "1" read as a caption), nothing rather than counts shifted into the wrong rows.
    @Test func aNumberedTableOneCellPerLine() {
        let cells = ["TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "1", "Bằng khen của Ban Tuyên giáo Trung ương", "1", "3", "2", "Bằng khen của Ban Thường vụ Tỉnh ủy", "14", "16", "Tổng cộng", "15", "19"]
        let body = "Sáng 27/8/2019, Ban Thường vụ Tỉnh ủy Quảng Nam tổ chức hội nghị sơ kết.\n\nNhân dịp này, các tập thể, cá nhân có thành tích xuất sắc được khen thưởng như sau:\n\n"
        let whole = summary(body + cells.joined(separator: "\n\n"), title: "Quảng Nam sơ kết Chỉ thị 05")
        #expect(whole == ["Ban Tuyên giáo Trung ương|Bằng khen|1|3|0", "Ban Thường vụ Tỉnh ủy Quảng Nam|Bằng khen|14|16|0"], "\(whole)")
        var lost = cells
        lost.remove(at: 6)
        let shifted = summary(body + lost.joined(separator: "\n\n"), title: "Quảng Nam sơ kết Chỉ thị 05")
        #expect(shifted == [], "\(shifted)")
        // No total row: prose after the last row ends the table, and every row is read.
        let untotalled = summary(body + cells.prefix(12).joined(separator: "\n\n") + "\n\nPhát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy tiếp tục đưa việc học tập và làm theo Bác đi vào chiều sâu.",
                                 title: "Quảng Nam sơ kết Chỉ thị 05")
        #expect(untotalled == ["Ban Tuyên giáo Trung ương|Bằng khen|1|3|0", "Ban Thường vụ Tỉnh ủy Quảng Nam|Bằng khen|14|16|0"], "\(untotalled)")
        // A row number the same as the count before it ("…", "3", "3", "Lực lượng vũ trang") is a cell, no caption printed twice.
        let grouped = ["TT", "Khối", "Tập thể", "Cá nhân", "1", "Các xã, thị trấn", "6", "9", "2", "Các cơ quan chính quyền", "4", "3",
                       "3", "Lực lượng vũ trang", "2", "4", "Tổng cộng", "12", "16"]
        let byRecipients = summary("Sáng 20/7/2017, Ban Thường vụ Huyện ủy Krông Pắc tổ chức hội nghị sơ kết.\n\nCũng tại hội nghị, Ban Thường vụ Huyện ủy đã tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc, cụ thể như sau:\n"
                                   + grouped.joined(separator: "\n"), title: "Krông Pắc sơ kết")
        #expect(byRecipients == ["Ban Thường vụ Huyện ủy Krông Pắc|Giấy khen|12|16|0"], "\(byRecipients)")
    }

    /// Under "Đơn vị  Hình thức  …" the first column is who received it, no giver; a row of dashes gives nothing.
    @Test func aTableOfRecipientsAndAnEmptyRow() {
        let found = summary("Sáng 14/5/2023, Ban Thường vụ Thành ủy Cao Lãnh tổ chức hội nghị sơ kết.\n\nDịp này, các tập thể, cá nhân có thành tích tiêu biểu được khen thưởng như sau:\n\nĐơn vị\tHình thức\tTập thể\tCá nhân\nXã Mỹ Tân\tGiấy khen\t2\t3\nHuân chương Lao động hạng Ba\t-\t-", title: "Cao Lãnh sơ kết chuyên đề")
        #expect(found == ["Ban Thường vụ Thành ủy Cao Lãnh|Giấy khen|2|3|0"], "\(found)")
    }

    /// The giver before the kind: "Chủ tịch UBND huyện  Giấy khen  6  8"; the total row adds nothing.
    @Test func aTableWithTheGiverFirst() {
        let found = summary("Sáng 14/5/2023, Ban Thường vụ Thành ủy Cao Lãnh tổ chức hội nghị sơ kết.\n\nDịp này, các tập thể, cá nhân có thành tích tiêu biểu được khen thưởng như sau:\n\nCơ quan khen thưởng\tHình thức\tTập thể\tCá nhân\nBan Thường vụ Thành ủy\tGiấy khen\t9\t14\nChủ tịch UBND thành phố\tGiấy khen\t6\t8\nTổng cộng\t\t15\t22", title: "Cao Lãnh sơ kết chuyên đề")
        #expect(found == ["Ban Thường vụ Thành ủy Cao Lãnh|Giấy khen|9|14|0", "Chủ tịch UBND thành phố Cao Lãnh|Giấy khen|6|8|0"], "\(found)")
    }

    /// A title line between the colon and the table ("KẾT QUẢ KHEN THƯỞNG TẠI HỘI NGHỊ") is no row: the table below it is read.
    /// A line with a number under the colon is no title, and no table follows it.
    @Test func aTableUnderItsTitle() {
        let titled = summary("Chiều 20/1/2021, Thành ủy Cao Lãnh tổ chức lễ biểu dương.\n\nDịp này, hội nghị đã trao khen thưởng cho 37 lượt tập thể, cá nhân, cụ thể như sau:\n\nKẾT QUẢ KHEN THƯỞNG TẠI HỘI NGHỊ\n\nHình thức khen thưởng\tTập thể\tCá nhân\nBằng khen của Chủ tịch UBND Tỉnh\t2\t3\nGiấy khen của Ban Thường vụ Thành ủy\t12\t20\nTổng cộng\t14\t23", title: "Cao Lãnh biểu dương điển hình")
        #expect(titled == ["Chủ tịch UBND tỉnh Đồng Tháp|Bằng khen|2|3|0", "Ban Thường vụ Thành ủy Cao Lãnh|Giấy khen|12|20|0"], "\(titled)")
        let numbered = summary("Chiều 20/1/2021, Thành ủy Cao Lãnh tổ chức lễ biểu dương.\n\nDịp này, Ban Thường vụ Thành ủy đã tặng Giấy khen cho 12 tập thể, cụ thể như sau:\n\nNăm 2020 có 5 tập thể\n\nHình thức khen thưởng\tTập thể\tCá nhân\nBằng khen của Chủ tịch UBND Tỉnh\t2\t3", title: "Cao Lãnh biểu dương điển hình")
        #expect(!numbered.contains("Chủ tịch UBND tỉnh Đồng Tháp|Bằng khen|2|3|0"), "\(numbered)")
    }

    /// A table copied one cell per line ("Hình thức khen thưởng", "Tập thể", "Cá nhân", then three lines a row), some rows read
    /// as captions, under "… được khen thưởng. Cụ thể:": one award per row, the total row none.
    @Test func aTableCopiedOneCellPerLine() {
        let cells = ["Hình thức khen thưởng", "Tập thể", "Cá nhân", "Bằng khen của Bộ trưởng Bộ Công an", "1", "2",
                     "Giấy khen của Giám đốc Công an tỉnh", "10", "18", "Tổng", "11", "20"].joined(separator: "\n")
        let found = summary("Sáng 12/7/2024, Công an tỉnh Quảng Trị tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận 01-KL/TW.\n\nDịp này, các tập thể, cá nhân có thành tích xuất sắc được khen thưởng. Cụ thể:\n\n" + cells + "\n\nĐại tá Trần Văn Thành trao Bằng khen của Bộ trưởng Bộ Công an cho 1 tập thể và 2 cá nhân.", title: "Công an Quảng Trị sơ kết Kết luận 01")
        #expect(found == ["Bộ trưởng Bộ Công an|Bằng khen|1|2|0", "Giám đốc Công an tỉnh Quảng Trị|Giấy khen|10|18|0"], "\(found)")
        // "… trao Giấy khen cho các tập thể, cá nhân. Cụ thể như sau:" over a table with a row-number column and a dash for none.
        let numbered = summary("Chiều 19/1/2024, Sở Y tế Đồng Nai tổ chức hội nghị tổng kết.\n\nTại Hội nghị, Phó Chủ tịch UBND tỉnh đã trao Cờ thi đua của UBND tỉnh cho các tập thể; Giám đốc Sở Y tế trao Giấy khen cho các tập thể, cá nhân. Cụ thể như sau:\n\nSTT\tHình thức khen thưởng\tTập thể\tCá nhân\n1\tCờ thi đua của UBND tỉnh\t3\t-\n2\tGiấy khen của Giám đốc Sở Y tế\t24\t56\n\tTổng cộng\t27\t56", title: "Sở Y tế tổng kết")
        #expect(numbered == ["UBND tỉnh Đồng Nai|Cờ thi đua|3|0|0", "Giám đốc Sở Y tế tỉnh Đồng Nai|Giấy khen|24|56|0"], "\(numbered)")
    }

    /// "… khen thưởng 40 tập thể, cá nhân … (xem bảng)." introduces a table with no colon, and a photo caption between the sentence
    /// and the table hides nothing.
    @Test func aTableWithoutAColonAndACaptionBeforeIt() {
        let found = summary("Sáng 20/1/2021, Đảng ủy Khối các cơ quan tỉnh Quảng Trị tổ chức hội nghị tổng kết.\n\nDịp này, Đảng ủy Khối các cơ quan tỉnh khen thưởng 40 tập thể, cá nhân có thành tích xuất sắc (xem bảng).\n\nĐồng chí Bí thư Đảng ủy Khối trao Giấy khen cho 12 tập thể có thành tích xuất sắc.\n\nTT\tHình thức khen thưởng\tTập thể\tCá nhân\n1\tBằng khen của Ban Thường vụ Tỉnh ủy\t3\t5\n2\tGiấy khen của Ban Thường vụ Đảng ủy Khối\t12\t20\n\tTổng cộng\t15\t25", title: "Đảng ủy Khối các cơ quan tỉnh tổng kết")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|3|5|0", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị|Giấy khen|12|20|0"], "\(found)")
    }

    /// Counts in parentheses right after a count are some of it, and the list goes on after them; a profile's "…, người
    /// được … tặng Bằng khen năm 2024, …" is the person's past; a speech's figures ("Phát biểu tại chương trình, … cho biết,
    /// năm 2023, toàn tỉnh đã có 4.120 lượt …") are no award here.
    @Test func countsInParenthesesProfilesAndASpeechsFigures() {
        let found = summary("Tối 16-1-2025, Đảng ủy Khối các cơ quan tỉnh Bắc Giang tổ chức giao lưu điển hình.\n\nBác sĩ Lê Minh Đức, Bệnh viện Đa khoa tỉnh, người được Chủ tịch UBND tỉnh tặng Bằng khen năm 2024, kể về hành trình của mình.\n\nPhát biểu tại chương trình, đồng chí Hoàng Thị Thu Trang cho biết, năm 2024, toàn tỉnh đã có 4.120 lượt tập thể, cá nhân được các cấp biểu dương, khen thưởng.\n\nDịp này, Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho 8 tổ chức đảng (gồm 3 đảng bộ cơ sở và 5 chi bộ) và 17 đảng viên.", title: "Giao lưu điển hình học tập và làm theo Bác")
        #expect(found == ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Bắc Giang|Giấy khen|8|17|0"])
    }

    /// Not given at this event: "Sau gần 4 năm triển khai …, … đã khen thưởng …"; "So với năm 2018 (biểu dương 30 tập thể,
    /// cá nhân), …"; who attended ("Dự buổi lễ có …, bí thư 62 tổ chức cơ sở đảng và 52 điển hình được biểu dương");
    /// awards to be given later ("… có thành tích tiêu biểu sẽ được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại Lễ tuyên dương …",
    /// "… sẽ được nhận Bằng khen …").
    @Test func yearsCountedAComparisonTheAttendanceAndAwardsToCome() {
        let found = summary("Sáng 13/1/2020, Tỉnh ủy Cà Mau tổ chức hội nghị tổng kết. Dự buổi lễ có các đồng chí trong Ban Thường vụ Tỉnh ủy, bí thư 62 tổ chức cơ sở đảng trực thuộc và 52 điển hình được biểu dương.\n\nSau gần 4 năm triển khai Chỉ thị 05-CT/TW, Ban Thường vụ Tỉnh ủy đã khen thưởng 58 tập thể, 137 cá nhân. So với năm 2018 (biểu dương 30 tập thể, cá nhân), số lượng điển hình năm nay tăng.\n\nDịp này, 15 tập thể và 25 cá nhân có thành tích tiêu biểu sẽ được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại Lễ tuyên dương do Ban Tuyên giáo Tỉnh ủy tổ chức vào chiều nay. Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể.", title: "Cà Mau tổng kết Chỉ thị 05")
        #expect(found == ["Chủ tịch UBND tỉnh Cà Mau|Bằng khen|3|0|0"])
        let toReceive = summary("Sáng 25/2/2020, Bệnh viện Đa khoa tỉnh Quảng Trị tổ chức giao lưu điển hình. Nhân dịp này, Giám đốc Bệnh viện tặng Giấy khen cho 6 tập thể và 12 cá nhân. Theo kế hoạch, tại lễ kỷ niệm Ngày Thầy thuốc Việt Nam do Sở Y tế tổ chức, 3 cá nhân của bệnh viện sẽ được nhận Bằng khen của Chủ tịch UBND tỉnh.", title: "Bệnh viện giao lưu điển hình")
        #expect(toReceive == ["Giám đốc Bệnh viện Đa khoa tỉnh Quảng Trị|Giấy khen|6|12|0"], "\(toReceive)")
        // The award as a subject, handed over later past its reason.
        let later = summary("Sáng 26/2/2018, Sở Y tế tỉnh Quảng Bình tổ chức lễ biểu dương. Dịp này, Giám đốc Sở Y tế tặng Giấy khen cho 8 tập thể. Bằng khen của Chủ tịch UBND tỉnh cho 4 tập thể, 10 cá nhân có thành tích xuất sắc năm 2017 sẽ được trao tại hội nghị tổng kết công tác y tế.", title: "Sở Y tế biểu dương")
        #expect(later == ["Giám đốc Sở Y tế tỉnh Quảng Bình|Giấy khen|8|0|0"], "\(later)")
        // Chosen to attend another event: "… đã được tỉnh lựa chọn, giới thiệu tham dự chương trình … tuyên dương … toàn quốc".
        let chosen = summary("Sáng 16/5/2025, Tỉnh ủy Yên Bái tổ chức lễ tuyên dương. Ban Thường vụ Tỉnh ủy đã tuyên dương 30 tập thể và 40 cá nhân. Trong số các điển hình được tuyên dương, 3 cá nhân đã được tỉnh lựa chọn, giới thiệu tham dự chương trình gặp mặt, tuyên dương điển hình tiên tiến toàn quốc vào cuối tháng 5/2025.", title: "Yên Bái tuyên dương điển hình")
        #expect(chosen == ["Ban Thường vụ Tỉnh ủy Yên Bái|tuyên dương|30|40|0"], "\(chosen)")
    }

    /// One award told twice, by a presenter's post ("Đồng chí …, Bí thư Đảng ủy Khối … trao Giấy khen cho 5 tổ chức") and by
    /// the organ giving it ("Ban Thường vụ Đảng ủy Khối … tặng Giấy khen cho 5 tổ chức"): one, the organ's.
    @Test func aPresentersPostAndTheOrganGivingAreOneAward() {
        let found = summary("Chiều 12/4/2019, Đảng ủy Khối các cơ quan tỉnh Thái Nguyên tổ chức hội nghị biểu dương.\n\nĐồng chí Đỗ Thị Minh Hà, Bí thư Đảng ủy Khối các cơ quan tỉnh trao Giấy khen cho 5 tổ chức cơ sở đảng.\n\nDịp này, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh đã biểu dương 12 tập thể và 20 cá nhân; đồng thời tặng Giấy khen cho 5 tổ chức cơ sở đảng có nhiều mô hình hay.", title: "Đảng ủy Khối các cơ quan tỉnh biểu dương điển hình")
        #expect(found.sorted() == ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thái Nguyên|Giấy khen|5|0|0", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thái Nguyên|biểu dương|12|20|0"])
    }

    /// "Dịp này, … tuyên dương 26 gương thanh niên năm 2021, …" is this event, the year the honours are of; "Năm 2017 và năm
    /// 2018, …" opens earlier years; "… cũng là một trong những đơn vị được … tặng Bằng khen nhân dịp …" tells a unit's record.
    @Test func thisOccasionWithTheYearHonouredEarlierYearsAndARecord() {
        let found = summary("Sáng 26/3/2022, Huyện đoàn Thọ Xuân tổ chức lễ tuyên dương.\n\nNăm 2017 và năm 2018, các cấp ủy trong huyện đã biểu dương 1.042 tập thể, 1.877 cá nhân. Huyện đoàn Thọ Xuân cũng là một trong những đơn vị được Ban Thường vụ Tỉnh đoàn tặng Bằng khen nhân dịp tổng kết 5 năm.\n\nDịp này, Ban Thường vụ Huyện đoàn Thọ Xuân tuyên dương 26 gương thanh niên tiên tiến làm theo lời Bác năm 2021, đồng thời tặng Giấy khen cho 8 tập thể.", title: "Thọ Xuân tuyên dương 26 thanh niên tiên tiến")
        #expect(found == ["Ban Thường vụ Huyện đoàn Thọ Xuân|tuyên dương|0|26|0", "Ban Thường vụ Huyện đoàn Thọ Xuân|Giấy khen|8|0|0"])
    }

    /// "Theo đánh giá, năm 2022, …" opens a report's paragraph; "… tại hội nghị tổng kết công tác xây dựng Đảng cuối năm" is
    /// another meeting; a Kỷ niệm chương of Ban Tuyên giáo Trung ương handed over by a provincial post is told twice, once.
    @Test func anAssessmentTheYearEndMeetingAndACentralMedalHandedOver() {
        let found = summary("Thứ Sáu (ngày 17/2/2023), Huyện ủy Can Lộc tổ chức hội nghị quán triệt chuyên đề năm 2023.\n\nTheo đánh giá, năm 2022, toàn huyện có 45 mô hình. Ban Thường vụ Huyện ủy đã biểu dương 11 tập thể, 15 cá nhân tiêu biểu.\n\nTheo báo cáo, năm 2022, toàn huyện có 96 mô hình mới. Ban Thường vụ Huyện ủy đã biểu dương 24 tập thể, 37 cá nhân tiêu biểu tại hội nghị tổng kết công tác xây dựng Đảng cuối năm.\n\nDịp này, Ban Thường vụ Huyện ủy Can Lộc tặng giấy khen cho 8 tập thể và 12 cá nhân; 2 cá nhân được Ban Tuyên giáo Trung ương tặng Kỷ niệm chương “Vì sự nghiệp Tuyên giáo”.\n\nPhó Trưởng Ban Tuyên giáo Tỉnh ủy Trần Thị Ngọc Hân trao Kỷ niệm chương “Vì sự nghiệp Tuyên giáo” cho 2 cá nhân.", title: "Can Lộc quán triệt chuyên đề năm 2023")
        #expect(found == ["Ban Thường vụ Huyện ủy Can Lộc|Giấy khen|8|12|0", "Ban Tuyên giáo Trung ương|Kỷ niệm chương|0|2|0"])
    }

    /// A kind named once, each giver's counts in parentheses after it; "lần lượt" lists separated by semicolons end where a
    /// clause with a verb of its own begins.
    @Test func countsInParenthesesByGiverAndRespectiveListsAcrossSemicolons() {
        let parentheses = summary("Sáng 28/11/2023, Tỉnh ủy Cà Mau tổ chức lễ tuyên dương. Dịp này, 32 tập thể, cá nhân được khen thưởng, gồm: Bằng khen của Thủ tướng Chính phủ (1 tập thể, 2 cá nhân), Ban Tuyên giáo Trung ương (2 tập thể, 2 cá nhân) và Chủ tịch UBND tỉnh (10 tập thể, 15 cá nhân).", title: "Cà Mau tuyên dương điển hình")
        #expect(parentheses == ["Thủ tướng Chính phủ|Bằng khen|1|2|0", "Ban Tuyên giáo Trung ương|Bằng khen|2|2|0", "Chủ tịch UBND tỉnh Cà Mau|Bằng khen|10|15|0"])
        let respectively = summary("Sáng 18/5/2019, Tỉnh ủy Kiên Giang tổ chức lễ tuyên dương. Dịp này, Thủ tướng Chính phủ, Ban Tuyên giáo Trung ương và Chủ tịch UBND tỉnh lần lượt tặng Bằng khen cho 2 tập thể, 1 cá nhân; 3 tập thể, 2 cá nhân và 20 tập thể, 25 cá nhân; Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 15 tập thể, 20 cá nhân.", title: "Kiên Giang tuyên dương điển hình")
        #expect(respectively == ["Thủ tướng Chính phủ|Bằng khen|2|1|0", "Ban Tuyên giáo Trung ương|Bằng khen|3|2|0", "Chủ tịch UBND tỉnh Kiên Giang|Bằng khen|20|25|0", "Ban Thường vụ Tỉnh ủy Kiên Giang|Bằng khen|15|20|0"])
    }

    /// A paragraph opening "5 năm qua, …" tells the period's figures: "Toàn lực lượng có 11 tập thể … được …; 3 tập thể được …
    /// trong giai đoạn này."
    @Test func aParagraphOfFiveYearsAndTheWholeForce() {
        let found = summary("Sáng 14/12/2024, Bộ Chỉ huy BĐBP tỉnh Quảng Ninh tổ chức hội nghị tổng kết.\n\n5 năm qua, các đơn vị đã đấu tranh thành công hơn 1.200 vụ việc. Toàn lực lượng có 11 tập thể, 25 cá nhân được Bộ trưởng Bộ Quốc phòng tặng Bằng khen; 3 tập thể được Thủ tướng Chính phủ tặng Bằng khen trong giai đoạn này.\n\nDịp này, Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 40 tập thể, cá nhân.", title: "BĐBP Quảng Ninh tổng kết 5 năm")
        #expect(found == ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh|Giấy khen|0|0|40"])
    }

    /// A past in the reason of a passive's subject ("… có thành tích xuất sắc năm trước được … tặng") does not make the award
    /// past; its own "sẽ được" would.
    @Test func aReasonsPastIsNotThePassivesTime() {
        let found = summary("Sáng 12/1/2024, Huyện ủy Thọ Xuân tổ chức hội nghị tổng kết. Dịp này, 12 tập thể có thành tích xuất sắc năm trước được Ban Thường vụ Huyện ủy tặng Giấy khen.", title: "Thọ Xuân tổng kết")
        #expect(found == ["Ban Thường vụ Huyện ủy Thọ Xuân|Giấy khen|12|0|0"])
    }

    /// "… tại hội nghị sơ kết … của tỉnh" at a district's event is the province's meeting; at the province's own event it is
    /// this one.
    @Test func anOccasionOfTheProvinceAtADistrictsEvent() {
        let district = summary("Sáng 27/12/2022, Huyện ủy Ia Grai tổ chức hội nghị tổng kết năm 2022.\n\nNăm 2022, huyện có 1 tập thể và 1 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại hội nghị sơ kết 1 năm thực hiện Kết luận số 01-KL/TW của tỉnh.\n\nDịp này, Ban Thường vụ Huyện ủy Ia Grai đã tặng Giấy khen cho 9 tập thể và 13 cá nhân.", title: "Ia Grai tổng kết năm 2022")
        #expect(district == ["Ban Thường vụ Huyện ủy Ia Grai|Giấy khen|9|13|0"])
        let province = summary("Sáng 20/5/2022, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết 1 năm thực hiện Kết luận số 01-KL/TW.\n\nDịp này, 1 tập thể và 1 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại hội nghị sơ kết của tỉnh.", title: "Gia Lai sơ kết Kết luận 01")
        #expect(province == ["Ban Thường vụ Tỉnh ủy Gia Lai|Bằng khen|1|1|0"])
    }

    /// "Trong 2,5 năm, …": half years are years too; "Trong năm, …" a positive control elsewhere.
    @Test func aPeriodOfTwoAndAHalfYears() {
        let found = summary("Sáng 28/11/2023, Tỉnh ủy Lào Cai tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Kết luận số 01-KL/TW.\n\nTrong 2,5 năm, các cấp đã khen thưởng 1.256 tập thể, 2.418 cá nhân có thành tích trong học tập và làm theo Bác.\n\nDịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 8 tập thể, 12 cá nhân.", title: "Lào Cai sơ kết Kết luận 01")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Lào Cai|Bằng khen|8|12|0"])
    }

    /// A total the next sentence breaks down ("Trong đó, …") into counts adding up to it is not counted again; one the next
    /// sentence does not add up to is an award of its own.
    @Test func aTotalBrokenDownByTheNextSentence() {
        func ceremony(_ total: Int) -> [String] {
            summary("Sáng 28/8/2023, Huyện ủy Thọ Xuân tổ chức lễ tuyên dương.\n\nTại buổi lễ, Ban Thường vụ Huyện ủy Thọ Xuân đã tuyên dương \(total) tập thể, cá nhân. Trong đó, 25 tập thể và 43 cá nhân được Ban Thường vụ Huyện ủy Thọ Xuân tặng Giấy khen; 10 tập thể được Chủ tịch UBND huyện Thọ Xuân tặng Giấy khen.", title: "Thọ Xuân tuyên dương")
        }
        #expect(ceremony(78) == ["Ban Thường vụ Huyện ủy Thọ Xuân|Giấy khen|25|43|0", "Chủ tịch UBND huyện Thọ Xuân|Giấy khen|10|0|0"])
        #expect(ceremony(90) == ["Ban Thường vụ Huyện ủy Thọ Xuân|tuyên dương|0|0|90", "Ban Thường vụ Huyện ủy Thọ Xuân|Giấy khen|25|43|0", "Chủ tịch UBND huyện Thọ Xuân|Giấy khen|10|0|0"])
    }

    /// A paragraph opening "Năm qua, …" tells the past year's figures; "Dịp này, …" after it, the event's.
    @Test func aParagraphOfThePastYear() {
        let found = summary("Sáng 14/1/2023, Thị ủy Hòa Thành tổ chức hội nghị tổng kết.\n\nNăm qua, Ban Thường vụ Thị ủy đã biểu dương 12 tập thể, 18 cá nhân điển hình; 1 tập thể của thị xã được Chủ tịch UBND tỉnh tặng Bằng khen.\n\nDịp này, Ban Thường vụ Thị ủy Hòa Thành tặng Giấy khen cho 10 tập thể.", title: "Hòa Thành tổng kết")
        #expect(found == ["Ban Thường vụ Thị ủy Hòa Thành|Giấy khen|10|0|0"])
    }

    /// A paragraph opening with a year before the event's ("Năm 2022, …" at a March 2023 event) tells that year's
    /// figures; one opening with the event's year, or a sentence naming this event, is the event's.
    @Test func aParagraphOpeningWithTheYearBefore() {
        func meeting(_ year: String, _ sentence: String) -> [String] {
            summary("Chiều 14/3/2023, Ban Thường vụ Huyện ủy Duy Xuyên tổ chức hội nghị quán triệt chuyên đề năm 2023.\n\n\(year), toàn Đảng bộ huyện có 37 mô hình làm theo Bác. \(sentence)", title: "Duy Xuyên quán triệt chuyên đề")
        }
        #expect(meeting("Năm 2022", "Ban Thường vụ Huyện ủy đã khen thưởng 8 tập thể và 12 cá nhân có thành tích tiêu biểu.") == [])
        #expect(meeting("Năm 2023", "Ban Thường vụ Huyện ủy đã khen thưởng 8 tập thể và 12 cá nhân có thành tích tiêu biểu.") == ["Ban Thường vụ Huyện ủy Duy Xuyên|khen thưởng|8|12|0"])
        #expect(meeting("Năm 2022", "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 8 tập thể.") == ["Ban Thường vụ Huyện ủy Duy Xuyên|Giấy khen|8|0|0"])
        #expect(meeting("Nhìn lại năm 2022", "Qua sơ kết, các cấp đã biểu dương, khen thưởng 412 tập thể và 1.035 cá nhân.") == [])
        #expect(meeting("Trong năm 2022", "Ban Thường vụ Huyện ủy đã khen thưởng 8 tập thể và 12 cá nhân có thành tích tiêu biểu.") == [])
        // A speaker telling the year's figures: "… cho biết năm 2022, …; Đảng bộ huyện có 3 tập thể … được … tặng Bằng khen".
        let reported = summary("Chiều 14/3/2023, Ban Thường vụ Huyện ủy Duy Xuyên tổ chức hội nghị quán triệt chuyên đề năm 2023.\n\nPhát biểu chỉ đạo, đồng chí Bí thư Huyện ủy cho biết năm 2022, dù còn nhiều khó khăn, huyện vẫn hoàn thành các chỉ tiêu; Đảng bộ huyện có 3 tập thể, 5 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen.", title: "Duy Xuyên quán triệt chuyên đề")
        #expect(reported == [])
        // "Tổng Giám đốc TKV": units.yml's name_abbreviations spell the group out.
        let tkv = summary("Chiều 10/1/2024, Đảng ủy Than Quảng Ninh tổ chức hội nghị tổng kết. Dịp này, Tổng Giám đốc TKV tặng Bằng khen cho 3 tập thể, 5 cá nhân.", title: "Than Quảng Ninh tổng kết")
        #expect(tkv == ["Tổng Giám đốc Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam|Bằng khen|3|5|0"])
        let group = summary("Chiều 10/1/2024, Đảng ủy Than Quảng Ninh tổ chức hội nghị tổng kết. Dịp này, Tập đoàn TKV tặng Cờ thi đua cho 3 tập thể.", title: "Than Quảng Ninh tổng kết")
        #expect(group == ["Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam|Cờ thi đua|3|0|0"], "not 'Tập đoàn Tập đoàn …'")
    }

    /// An award only captions tell, with its giver ("của …") and counts, beside a clause of another kind: its own award, its other
    /// half from the next caption; a caption of a kind a clause told, or naming another year, adds nothing.
    @Test func anAwardOnlyCaptionsTell() {
        let body = "Sáng 26/4/2024, Đảng ủy Quân sự tỉnh Bình Dương tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận 01.\n\n"
        let captions = "Thiếu tướng Lê Văn Trọng trao Bằng khen của Đảng ủy Quân khu 7 tặng 2 tập thể. Ảnh: VĂN HÒA\n\nĐại tá Phạm Văn Hải trao Bằng khen tặng 3 cá nhân. Ảnh: VĂN HÒA\n\n"
        let told = "Dịp này, Đảng ủy Quân sự tỉnh tặng Giấy khen cho 7 tập thể, 12 cá nhân có thành tích xuất sắc."
        let found = Fixtures.awardLines(title: "Đảng ủy Quân sự tỉnh Bình Dương sơ kết Kết luận 01", body + captions + told)
        #expect(found == ["Đảng ủy Quân sự tỉnh Bình Dương|Giấy khen|7|12|0", "Đảng ủy Quân khu 7|Bằng khen|2|3|0"], "\(found)")
        let sameKind = Fixtures.awardLines(title: "Đảng ủy Quân sự tỉnh Bình Dương sơ kết Kết luận 01", body + "Đại tá Nguyễn Hữu Tình trao Giấy khen của Đảng ủy Quân sự tỉnh tặng 7 tập thể. Ảnh: VĂN HÒA\n\n" + told)
        #expect(sameKind == ["Đảng ủy Quân sự tỉnh Bình Dương|Giấy khen|7|12|0"], "\(sameKind)")
        let older = Fixtures.awardLines(title: "Đảng ủy Quân sự tỉnh Bình Dương sơ kết Kết luận 01", body + "Thiếu tướng Lê Văn Trọng trao Bằng khen của Đảng ủy Quân khu 7 tặng 2 tập thể năm 2022. Ảnh: VĂN HÒA\n\n" + told)
        #expect(older == ["Đảng ủy Quân sự tỉnh Bình Dương|Giấy khen|7|12|0"], "\(older)")
    }
}
