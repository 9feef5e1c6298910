import Testing
@testable import ChronicleKit

/// What kind of event an article reports, when headline and lead disagree.
struct EventTypeTests {
    func type(_ title: String, _ body: String) -> String {
        Fixtures.extract(title + "\n\n" + body).facts.eventType
    }

    @Test func theLeadsConferenceOutranksAHeadlineAboutItsAwards() {
        #expect(type("Huyện ủy Yên Thành khen thưởng 38 tập thể, cá nhân làm theo Bác",
                     "Sáng 3/7, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận 01-KL/TW. Dịp này, 12 tập thể, 26 cá nhân được khen thưởng.")
                == "hội nghị sơ kết")
    }

    /// "Ngày 29-6-2022, sau hội nghị sơ kết …, Ban Thường vụ Tỉnh ủy tổ chức Lễ biểu dương …": the conference before is another
    /// event. "Sau 3 năm thực hiện …, Tỉnh ủy tổ chức hội nghị sơ kết" is the conference.
    @Test func theEventAfterAnother() {
        #expect(type("Hà Tĩnh biểu dương 62 tập thể, cá nhân điển hình",
                     "(Baohatinh.vn) - Những tập thể, cá nhân được biểu dương là những tấm gương sinh động.\n\nNgày 29-6-2022, sau hội nghị sơ kết 1 năm thực hiện Kết luận số 01-KL/TW, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức Lễ biểu dương điển hình tiên tiến.")
                == "lễ tuyên dương, biểu dương, khen thưởng")
        #expect(type("Hà Tĩnh: 3 năm thực hiện Kết luận 01",
                     "Ngày 29-6-2024, sau 3 năm thực hiện Kết luận số 01-KL/TW, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết.")
                == "hội nghị sơ kết")
        // "trước" speaks to an event as often as it comes before one.
        #expect(type("Gio Linh: 3 năm thực hiện Kết luận 01",
                     "Báo cáo trước Hội nghị sơ kết 3 năm thực hiện Kết luận 01 do Huyện ủy Gio Linh tổ chức sáng 16/5, đồng chí Bí thư Huyện ủy cho biết nhiều kết quả.")
                == "hội nghị sơ kết")
    }

    @Test func aCeremonyCombinedWithAReviewIsTheCeremony() {
        #expect(type("Quận 8 tuyên dương 40 điển hình",
                     "Ngày 9/8, Quận ủy Quận 8 tổ chức lễ tuyên dương điển hình học tập và làm theo Bác, gắn với sơ kết 3 năm thực hiện Kết luận 01.")
                == "lễ tuyên dương, biểu dương, khen thưởng")
    }

    @Test func theHeadlineDecidesWhenTheLeadReportsNoEvent() {
        #expect(type("Tỉnh ủy Sơn La quán triệt chuyên đề năm 2024",
                     "Việc học tập và làm theo Bác đã đi vào chiều sâu, các cấp ủy tổng kết nhiều mô hình hay.")
                == "hội nghị quán triệt")
    }

    /// A lead opening with the event's kind names it over a headline about its awards; a sapo saying what a
    /// workshop is names none.
    @Test func aLeadOpeningWithTheKind() {
        #expect(type("Lâm Đồng biểu dương 58 tập thể, cá nhân điển hình",
                     "(LĐ online) - Sơ kết 3 năm thực hiện Kết luận số 01-KL/TW, Ban Thường vụ Tỉnh ủy Lâm Đồng đã biểu dương, khen thưởng các tập thể, cá nhân.")
                == "hội nghị sơ kết")
        #expect(type("Vận dụng tư tưởng Hồ Chí Minh về nêu gương",
                     "Hội thảo là diễn đàn để các nhà khoa học trao đổi.\n\nSáng 12/10, Trường Chính trị Trần Phú tổ chức hội thảo khoa học về nêu gương.")
                == "hội thảo khoa học")
    }

    /// "Khen thưởng … tại Đại hội thi đua …": the awards were given at the congress, which is the event; a headline of
    /// awards with no occasion after "tại" is still a ceremony.
    @Test func awardsGivenAtAnOccasionNamedInTheHeadline() {
        #expect(type("Khen thưởng 59 tập thể, cá nhân tại Đại hội thi đua Quyết thắng LLVT Hà Tĩnh",
                     "Học tập và làm theo Bác đã tạo động lực để lực lượng vũ trang tỉnh hoàn thành nhiệm vụ.\n\nSáng thứ Tư vừa qua, Bộ Chỉ huy Quân sự tỉnh tổ chức Đại hội.")
                == "đại hội thi đua")
        #expect(type("Khen thưởng 59 tập thể, cá nhân tại thành phố Hà Tĩnh",
                     "Học tập và làm theo Bác đã tạo động lực để lực lượng vũ trang tỉnh hoàn thành nhiệm vụ.")
                == "lễ tuyên dương, biểu dương, khen thưởng")
    }

    /// A sapo naming the kind short ("Hội thảo nhằm …") under a title naming it closely ("Hội thảo khoa học về …").
    @Test func theTitleNamesTheKindMoreClosely() {
        #expect(type("Quảng Trị: Hội thảo khoa học về trách nhiệm nêu gương",
                     "Hội thảo nhằm làm rõ những vấn đề lý luận và thực tiễn về trách nhiệm nêu gương của cán bộ, đảng viên.\n\nNgày 20/10, Trường Chính trị Lê Duẩn tổ chức Hội thảo khoa học về nêu gương.")
                == "hội thảo khoa học")
    }

    /// A training course held is no conference; a conference held during a course is one, and so is one that trains and
    /// conveys ("hội nghị tập huấn, quán triệt Chuyên đề").
    @Test func aTrainingCourseIsOther() {
        #expect(type("Bồi dưỡng nghiệp vụ công tác học tập và làm theo Bác cho 150 học viên",
                     "BP - Từ ngày 6 đến 8-4, Ban Tuyên giáo Tỉnh ủy Bình Phước tổ chức lớp bồi dưỡng, tập huấn nghiệp vụ công tác học tập và làm theo Bác. Các báo cáo viên truyền đạt 8 chuyên đề.")
                == EventTypeClassifier.other)
        #expect(type("Đảng ủy Trường Đại học Đồng Tháp quán triệt chuyên đề",
                     "Thứ Bảy (ngày 5/8), trong khuôn khổ lớp bồi dưỡng chính trị hè năm 2023, Đảng ủy Trường Đại học Đồng Tháp tổ chức hội nghị quán triệt Chuyên đề năm 2023.")
                == "hội nghị quán triệt")
        #expect(type("Mộc Châu ra mắt mô hình “Tiểu khu học tập và làm theo Bác”",
                     "Chiều ngày 03/3/2022, Đảng ủy TT NT Mộc Châu tổ chức lễ ra mắt mô hình “Tiểu khu học tập và làm theo Bác” gắn với triển khai Chuyên đề năm 2022.")
                == EventTypeClassifier.other)
        #expect(type("Bồi dưỡng chuyên đề năm 2024 cho 120 học viên",
                     "Ngày 12/4/2024, Ban Tuyên giáo Huyện ủy tổ chức lớp bồi dưỡng, quán triệt Chuyên đề năm 2024 cho 120 học viên.")
                == EventTypeClassifier.other)
        #expect(type("Tập huấn, quán triệt Chuyên đề năm 2024 cho hơn 400 cán bộ tuyên giáo",
                     "Trong 2 ngày 11 và 12/4, Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức hội nghị tập huấn, quán triệt Chuyên đề năm 2024 cho đội ngũ báo cáo viên.")
                == "hội nghị quán triệt")
    }

    /// An office's routine briefing is no conference of the campaign, whatever it reviews.
    @Test func aBriefingIsNoConference() {
        #expect(type("Học tập và làm theo Bác phải có “sản phẩm” cụ thể",
                     "Ban Tuyên giáo Tỉnh ủy Kiên Giang vừa tổ chức hội nghị giao ban công tác tuyên giáo 6 tháng đầu năm. Các cấp ủy đã tổ chức học tập Chuyên đề năm 2024 cho hơn 58.000 cán bộ.")
                == "khác")
    }

    /// A round-table or a forum is a discussion, not a workshop of the campaign.
    @Test func aRoundTableIsNoWorkshop() {
        #expect(type("Cán bộ trẻ tọa đàm về nói đi đôi với làm",
                     "Sáng 12/5, Ban Tuyên giáo Tỉnh ủy tổ chức tọa đàm “Nói đi đôi với làm - Từ lời Bác dạy đến hành động của cán bộ trẻ”.")
                == "khác")
        #expect(type("Hội thảo khoa học về nêu gương", "Sáng 21/9, Trường Chính trị tỉnh tổ chức hội thảo khoa học về nêu gương.") == "hội thảo khoa học")
    }

    @Test func aContestsClosingAndPrizeGivingIsNotAConference() {
        #expect(type("Trao giải cuộc thi viết về gương sáng",
                     "Tối 20/11, Ban Tuyên giáo Tỉnh ủy tổ chức Lễ tổng kết và trao giải cuộc thi viết về gương điển hình.")
                == "khác")
    }

    @Test func aDatedLeadAfterASapoOutranksTheHeadline() {
        #expect(type("Quận 5 khen thưởng 20 tập thể, cá nhân",
                     "(PLO) - Ban Thường vụ Quận ủy Quận 5 đã khen thưởng 20 tập thể, cá nhân tiêu biểu.\n\nSáng 12-9, Quận ủy Quận 5 tổ chức hội nghị tổng kết chuyên đề năm 2024.")
                == "hội nghị tổng kết")
    }

    @Test func aContestFinalIsNotAConference() {
        #expect(type("Hội thi giáo viên kể chuyện về Bác",
                     "Sáng 7/3, Sở Giáo dục và Đào tạo tổ chức vòng chung kết và tổng kết Hội thi giáo viên kể chuyện về Bác.")
                == "khác")
    }

    @Test func aCongressOfAdvancedYouthIsACongress() {
        #expect(type("Đại hội Thanh niên tiên tiến làm theo lời Bác",
                     "Sáng 20-9, Tỉnh đoàn tổ chức Đại hội Thanh niên tiên tiến làm theo lời Bác năm 2022.")
                == "đại hội thi đua")
    }
}

extension EventTypeTests {
    /// A lead opening with a question: its later sentence that reports the event with its day names the type,
    /// before a paragraph naming "Ban Tổ chức".
    @Test func aLeadOpeningWithAQuestion() {
        let found = type("Nâng cao trách nhiệm nêu gương", "Nêu gương là một nội dung cốt lõi. Làm thế nào để việc nêu gương đi vào thực chất? Đó là vấn đề được đặt ra tại Hội thảo khoa học do Trường Chính trị Nguyễn Văn Cừ tổ chức ngày 30.9 vừa qua.\n\nHội thảo có sự tham dự của lãnh đạo Ban Tổ chức Tỉnh ủy.")
        #expect(found == "hội thảo khoa học")
    }

    /// Opening a class teaches; it is no conference, whatever an earlier paragraph's hội nghị quán triệt.
    @Test func theOpeningOfAClassIsOther() {
        let found = Fixtures.extract("Bù Đăng: Khai giảng lớp học tập chuyên đề năm 2024 cho cán bộ, đảng viên\n\nBPO - Sáng 8-7, Trung tâm Chính trị huyện Bù Đăng khai giảng lớp bồi dưỡng, học tập chuyên đề năm 2024.\n\nTrước đó, ngày 15-3, Ban Thường vụ Huyện ủy Bù Đăng đã tổ chức hội nghị quán triệt chuyên đề.").facts
        #expect(found.eventType == "khác")
        #expect(found.organizer?.unit == "Trung tâm Chính trị huyện Bù Đăng")
    }

    /// "Tôn vinh 95 công nhân …" holds a ceremony; "Nhằm tôn vinh những tấm gương …" gives the purpose of another event.
    @Test func honouringIsACeremonyUnlessItIsThePurpose() {
        #expect(type("Tôn vinh 95 công nhân, viên chức, lao động tiêu biểu học tập và làm theo Bác",
                     "Tối 16/5, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam tổ chức chương trình tôn vinh công nhân, viên chức, lao động tiêu biểu.")
                == "lễ tuyên dương, biểu dương, khen thưởng")
        #expect(type("Giao lưu điển hình phụ nữ tiêu biểu năm 2023",
                     "Nhằm tôn vinh những tấm gương phụ nữ tiêu biểu, ngày 5/8, Hội LHPN tỉnh Hà Tĩnh đã tổ chức chương trình giao lưu điển hình.")
                == "giao lưu điển hình")
        #expect(type("Giao lưu điển hình phụ nữ tiêu biểu năm 2023",
                     "Nhằm ghi nhận, tôn vinh những tấm gương phụ nữ tiêu biểu, ngày 5/8, Hội LHPN tỉnh Hà Tĩnh đã tổ chức chương trình giao lưu điển hình.")
                == "giao lưu điển hình")
    }

    /// "Thời gian qua, …" tells what went on over a period, not the event reported; a feature has none.
    @Test func whatWentOnOverAPeriodIsNoEvent() {
        #expect(type("Krông Pắc: Học Bác từ những việc làm cụ thể",
                     "Không ồn ào, phô trương, việc học tập và làm theo Bác ở huyện Krông Pắc được cụ thể hóa bằng những việc làm nhỏ.\n\nThời gian qua, Ban Thường vụ Huyện ủy Krông Pắc đã tổ chức học tập chuyên đề năm 2020 cho cán bộ, đảng viên.")
                == "khác")
        // Nor does "tổ chức" as a noun ("các tổ chức cơ sở đảng") report one; "tổ chức đảng viên học tập" (held for members) does.
        #expect(type("Krông Pắc: Học Bác từ những việc làm cụ thể",
                     "Không ồn ào, phô trương, việc học tập và làm theo Bác ở huyện Krông Pắc được cụ thể hóa bằng những việc làm nhỏ.\n\nBan Thường vụ Huyện ủy Krông Pắc chỉ đạo các tổ chức cơ sở đảng đưa nội dung học tập chuyên đề năm 2020 vào sinh hoạt chi bộ.")
                == "khác")
        #expect(type("Krông Pắc: Học Bác từ những việc làm cụ thể",
                     "Không ồn ào, phô trương, việc học tập và làm theo Bác ở huyện Krông Pắc được cụ thể hóa bằng những việc làm nhỏ.\n\nNgày 12/3/2020, Ban Thường vụ Huyện ủy Krông Pắc tổ chức đảng viên học tập chuyên đề năm 2020.")
                == "hội nghị quán triệt")
    }
}
