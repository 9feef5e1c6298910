import Testing
@testable import ChronicleKit

/// An award's giver said short ("Bằng khen của Bộ trưởng") is the post named in full nearby.
struct ShortGiverTests {
    /// "thừa ủy quyền của Bộ trưởng Bộ Công an, … trao Bằng khen của Bộ trưởng cho …": the principal's post, not the
    /// organizer's place put after a minister.
    @Test func theMinisterOfTheOnBehalfPhrase() {
        let found = Fixtures.awardLines(title: "Công an Hà Tĩnh tổng kết phong trào", "Sáng 20/1/2025, Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết.\n\nDịp này, thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Nguyễn Hồng Phong trao Bằng khen của Bộ trưởng cho 1 tập thể và 2 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 4 tập thể, 7 cá nhân.")
        #expect(found == ["Bộ trưởng Bộ Công an|Bằng khen|1|2|0", "Giám đốc Công an tỉnh Hà Tĩnh|Giấy khen|4|7|0"], "\(found)")
    }

    /// A hospital written short ("BVĐK tỉnh", "Giám đốc BV", "BCH Công đoàn BV"): the organizer's name spelled out.
    @Test func aHospitalWrittenShort() {
        let found = Fixtures.awardLines(title: "Bệnh viện khen thưởng", "Sáng 27/2/2021, BVĐK tỉnh Hà Nam tổ chức lễ khen thưởng.\n\nDịp này, Giám đốc BV tặng Giấy khen cho 2 tập thể, 9 cá nhân; BCH Công đoàn BV tặng Giấy khen cho 5 cá nhân.")
        #expect(found == ["Giám đốc Bệnh viện Đa khoa tỉnh Hà Nam|Giấy khen|2|9|0", "BCH Công đoàn Bệnh viện Đa khoa tỉnh Hà Nam|Giấy khen|0|5|0"], "\(found)")
    }

    /// "Bằng khen của Trung ương Hội" after "Cờ thi đua của Trung ương Hội Chữ thập đỏ Việt Nam" in the paragraph: the giver in full.
    @Test func aGiverSaidShortAfterItsFullName() {
        let found = Fixtures.awardLines(title: "Hội Chữ thập đỏ tổng kết", "Ngày 8/1/2021, Hội Chữ thập đỏ tỉnh Quảng Ngãi tổ chức hội nghị tổng kết.\n\nDịp này, Hội CTĐ huyện Bình Sơn vinh dự đón nhận Cờ thi đua của Trung ương Hội Chữ thập đỏ Việt Nam; 2 tập thể, 3 cá nhân nhận Bằng khen của Trung ương Hội.")
        #expect(found == ["Trung ương Hội Chữ thập đỏ Việt Nam|Bằng khen|2|3|0", "Trung ương Hội Chữ thập đỏ Việt Nam|Cờ thi đua|1|0|0"], "\(found)")
    }

    /// "Chủ tịch UBND thành phố" in a tỉnh is one of its cities, not the province: the one the sentence names, else as written.
    @Test func aCitysChairmanInAProvince() {
        let lead = "Sáng 5/7/2023, Bộ Chỉ huy BĐBP tỉnh Kiên Giang tổ chức lễ khen thưởng.\n\n"
        let named = Fixtures.awardLines(title: "Khen thưởng cứu ngư dân", lead + "Cùng dịp, đại diện lãnh đạo UBND thành phố Phú Quốc trao Giấy khen của Chủ tịch UBND thành phố cho 2 cá nhân.")
        #expect(named == ["Chủ tịch UBND thành phố Phú Quốc|Giấy khen|0|2|0"], "\(named)")
        let unnamed = Fixtures.awardLines(title: "Khen thưởng cứu ngư dân", lead + "Cùng dịp, Chủ tịch UBND thành phố tặng Giấy khen cho 2 cá nhân.")
        #expect(unnamed == ["Chủ tịch UBND thành phố|Giấy khen|0|2|0"], "\(unnamed)")
        // In a centrally-run city, "thành phố" is the province's own word.
        let capital = Fixtures.awardLines(title: "Khen thưởng", "Sáng 5/7/2023, Công an thành phố Hà Nội tổ chức lễ khen thưởng.\n\nChủ tịch UBND thành phố tặng Bằng khen cho 2 cá nhân.")
        #expect(capital == ["Chủ tịch UBND thành phố Hà Nội|Bằng khen|0|2|0"], "\(capital)")
    }

    /// An award naming a giver of its own keeps it, whoever hands it over on another's behalf.
    @Test func anAwardsOwnGiverStays() {
        let found = Fixtures.awardLines(title: "Công an Hà Tĩnh tổng kết phong trào", "Sáng 20/1/2025, Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết.\n\nThừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Nguyễn Hồng Phong trao Cờ thi đua của Chính phủ cho 1 tập thể.")
        #expect(found == ["Chính phủ|Cờ thi đua|1|0|0"], "\(found)")
    }

    /// "Đại tá A, Chỉ huy trưởng BĐBP tỉnh trao Giấy khen của Chỉ huy trưởng cho …": the presenter's own post.
    @Test func thePresentersOwnPost() {
        // (An organizer other than the presenter's command: his post is read from the sentence, not completed from the organizer.)
        let found = Fixtures.awardLines(title: "Lộc Bình khen thưởng tập thể, cá nhân", "Sáng 12/12/2021, Huyện ủy Lộc Bình tổ chức lễ khen thưởng.\n\nĐại tá Nông Văn Lưu, Chỉ huy trưởng BĐBP tỉnh trao Giấy khen của Chỉ huy trưởng cho 4 tập thể có thành tích xuất sắc.")
        #expect(found == ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn|Giấy khen|4|0|0"], "\(found)")
        // A post of its own, not the presenter's, stays.
        let other = Fixtures.awardLines(title: "Lộc Bình khen thưởng tập thể, cá nhân", "Sáng 12/12/2021, Huyện ủy Lộc Bình tổ chức lễ khen thưởng.\n\nĐại tá Nông Văn Lưu, Chỉ huy trưởng Bộ CHQS tỉnh trao Giấy khen của Chỉ huy trưởng BĐBP tỉnh cho 4 tập thể có thành tích xuất sắc.")
        #expect(other == ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn|Giấy khen|4|0|0"], "\(other)")
    }

    /// "Chủ tịch UBND tỉnh" at an event of "UBND xã Châu Quế": the province's chairman; a commune's UBND is of the commune's level,
    /// whatever UBND alone would be.
    @Test func theProvincesChairmanAtACommunesEvent() {
        let found = Fixtures.awardLines(title: "Xã Châu Quế khen thưởng tại Đại hội Thi đua yêu nước", "(BLC) - Sáng 25/9/2025, UBND xã Châu Quế, tỉnh Lào Cai tổ chức Đại hội Thi đua yêu nước lần thứ nhất.\n\nTại Đại hội, 2 tập thể và 3 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; Chủ tịch UBND xã Châu Quế tặng Giấy khen cho 12 tập thể, 25 cá nhân.")
        #expect(found == ["Chủ tịch UBND tỉnh Lào Cai|Bằng khen|2|3|0", "Chủ tịch UBND xã Châu Quế|Giấy khen|12|25|0"], "\(found)")
        #expect(Fixtures.extract("Xã Châu Quế khen thưởng\n\n(BLC) - Sáng 25/9/2025, UBND xã Châu Quế tổ chức Đại hội Thi đua yêu nước.").facts.organizer?.level == "co-so")
        #expect(Fixtures.extract("Huyện Văn Yên khen thưởng\n\nSáng 25/9/2024, UBND huyện Văn Yên tổ chức Đại hội Thi đua yêu nước.").facts.organizer?.level == "huyen")
    }

    /// "Đảng ủy, Bộ Chỉ huy BĐBP tỉnh biểu dương …": the committee before the comma gives with the command, one giver as written
    /// (as "Đảng ủy và Ban Giám đốc …" is). A clause before it ("Nhân dịp này,") is no part of it.
    @Test func aCommitteeAndACommandGivingTogether() {
        let found = Fixtures.awardLines(title: "BĐBP Lạng Sơn biểu dương điển hình", "Sáng 20/4/2023, Bộ Chỉ huy BĐBP tỉnh Lạng Sơn tổ chức lễ biểu dương.\n\nNhân dịp này, Đảng ủy, Bộ Chỉ huy BĐBP tỉnh đã biểu dương 12 tập thể, 25 cá nhân; Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 6 tập thể, 10 cá nhân.")
        #expect(found == ["Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn|biểu dương|12|25|0",
                          "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn|Giấy khen|6|10|0"], "\(found)")
        // A committee of its own unit, not alone before the comma, stays the one giver.
        let own = Fixtures.awardLines(title: "BĐBP Lạng Sơn biểu dương điển hình", "Sáng 20/4/2023, Bộ Chỉ huy BĐBP tỉnh Lạng Sơn tổ chức lễ biểu dương.\n\nDịp này, Đảng ủy BĐBP tỉnh đã biểu dương 12 tập thể, 25 cá nhân.")
        #expect(own == ["Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn|biểu dương|12|25|0"], "\(own)")
    }

    /// At a school's own event a bare "Hiệu trưởng" heads that school; a comma inside a unit's name ("Sở Văn hóa, Thể thao và Du
    /// lịch") does not cut the giver short.
    @Test func anInstitutionsBarePostAndANameWithAComma() {
        let school = Fixtures.awardLines(title: "Trường THCS Nam Thanh tuyên dương người tốt, việc tốt", "Sáng thứ Hai, ngày 25/11/2024, Trường THCS Nam Thanh tổ chức lễ tuyên dương.\n\nThầy giáo Vũ Đức Thắng, Hiệu trưởng nhà trường trao Giấy khen của Hiệu trưởng cho 14 em học sinh. Cũng tại buổi lễ, Liên đội nhà trường đã tuyên dương 3 chi đội 6A, 7B và 9C.")
        #expect(school == ["Hiệu trưởng Trường THCS Nam Thanh|Giấy khen|0|14|0", "Liên đội Trường THCS Nam Thanh|tuyên dương|3|0|0"], "\(school)")
        let department = Fixtures.awardLines(title: "Bình Thuận đại hội thi đua ngành văn hóa", "Sáng 9/6/2020, Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Thuận tổ chức Đại hội thi đua yêu nước.\n\nDịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, 7 cá nhân; Giám đốc Sở Văn hóa, Thể thao và Du lịch tặng Giấy khen cho 20 tập thể và 34 cá nhân.")
        #expect(department == ["Chủ tịch UBND tỉnh Bình Thuận|Bằng khen|5|7|0", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Thuận|Giấy khen|20|34|0"], "\(department)")
    }

    /// "Đảng ủy Công ty quyết định tặng …": the decision is no part of the giver's name, which the organizer completes.
    @Test func aCommitteeThatDecides() {
        let found = Fixtures.awardLines(title: "Apatit Việt Nam khen thưởng", "Sáng 12/5/2023, Đảng ủy Công ty TNHH MTV Apatit Việt Nam (Lào Cai) tổ chức lễ khen thưởng.\n\nCăn cứ kết quả bình xét của các chi bộ, Đảng ủy Công ty quyết định tặng Giấy khen cho 5 tập thể, 8 cá nhân.")
        #expect(found == ["Đảng ủy Công ty TNHH MTV Apatit Việt Nam|Giấy khen|5|8|0"], "\(found)")
    }

    /// A ceremony a body "sẽ phối hợp tổ chức" is still to come.
    @Test func aCeremonyToCome() {
        let body = "Sáng 14/6/2024, Đảng ủy Trường Đại học Vinh (Nghệ An) tổ chức hội nghị sơ kết.\n\n"
        let toCome = Fixtures.awardLines(title: "Trường Đại học Vinh sơ kết Kết luận 01", body + "Sở cũng sẽ phối hợp tổ chức Lễ tuyên dương 100 nhà giáo tiêu biểu vào dịp 19-5.")
        #expect(toCome == [], "\(toCome)")
    }

    /// "… đón nhận Cờ thi đua xuất sắc năm 2020 của Trung ương Hội Chữ thập đỏ Việt Nam": the giver after the award's name and
    /// its year (not the unit receiving it); "Trung ương Hội" said short after it is that giver.
    @Test func aGiverAfterTheAwardsYear() {
        let found = Fixtures.awardLines(title: "Hội Chữ thập đỏ tỉnh Thái Bình tổng kết năm 2020", "Ngày 15/1/2021, Hội Chữ thập đỏ tỉnh Thái Bình tổ chức hội nghị tổng kết.\n\nTại hội nghị, Hội Chữ thập đỏ tỉnh vinh dự đón nhận Cờ thi đua xuất sắc năm 2020 của Trung ương Hội Chữ thập đỏ Việt Nam. Dịp này, Trung ương Hội tặng Bằng khen cho 3 tập thể, 4 cá nhân.")
        #expect(found == ["Trung ương Hội Chữ thập đỏ Việt Nam|Cờ thi đua|1|0|0", "Trung ương Hội Chữ thập đỏ Việt Nam|Bằng khen|3|4|0"], "\(found)")
    }

    /// "thầy Hiệu trưởng (Lê Quang Vinh) đã trao Giấy khen …": the post named before its holder's name, or with none, gives, and
    /// is the organizer's institution's, even where two bodies of it held the event ("Chi bộ và Ban Giám hiệu Trường …"). One
    /// acting for another ("thay mặt nhà trường") does not, and a secretary hands over the committee's award.
    @Test func aPostNamedBeforeItsHoldersName() {
        let lead = "Chiều 26/5/2017, Chi bộ và Ban Giám hiệu Trường PTDTNT THPT tỉnh Hà Giang tổ chức Lễ tuyên dương điển hình.\n\n"
        let post = Fixtures.awardLines(title: "Tuyên dương điển hình", lead + "Tại buổi lễ, thầy Hiệu trưởng đã trao Giấy khen cho 4 tập thể lớp và 19 cá nhân.")
        #expect(post == ["Hiệu trưởng Trường Phổ thông Dân tộc nội trú THPT tỉnh Hà Giang|Giấy khen|4|19|0"], "\(post)")
        let province = Fixtures.awardLines(title: "Tuyên dương điển hình", "Sáng 19/5/2023, UBND tỉnh Hà Giang tổ chức Lễ tuyên dương điển hình.\n\nTại buổi lễ, đồng chí Chủ tịch UBND tỉnh trao Bằng khen cho 3 tập thể.")
        #expect(province == ["Chủ tịch UBND tỉnh Hà Giang|Bằng khen|3|0|0"], "\(province)")
        let school = "Chiều 26/5/2017, Trường THPT Hàm Rồng tổ chức Lễ tuyên dương điển hình.\n\nTại buổi lễ, "
        let named = Fixtures.awardLines(title: "Tuyên dương điển hình", school + "thầy Hiệu trưởng Nguyễn Văn Hùng đã trao Giấy khen cho 4 tập thể lớp.")
        #expect(named == ["Hiệu trưởng Trường THPT Hàm Rồng|Giấy khen|4|0|0"], "\(named)")
        let acting = Fixtures.awardLines(title: "Tuyên dương điển hình", school + "thầy Hiệu trưởng thay mặt nhà trường trao Giấy khen cho 4 tập thể lớp.")
        #expect(acting == ["Trường THPT Hàm Rồng|Giấy khen|4|0|0"], "\(acting)")
        // A secretary hands over: the award falls to the organizer, as for any presenter.
        let secretary = Fixtures.awardLines(title: "Biểu dương điển hình", "Sáng 19/5/2023, Tỉnh ủy Hà Giang tổ chức hội nghị biểu dương điển hình.\n\nTại hội nghị, đồng chí Bí thư Tỉnh ủy trao Bằng khen cho 15 tập thể.")
        #expect(secretary == ["Tỉnh ủy Hà Giang|Bằng khen|15|0|0"], "\(secretary)")
        let provinceLead = "Sáng 19/5/2023, UBND tỉnh Hà Giang tổ chức Lễ tuyên dương điển hình.\n\nTại buổi lễ, "
        // The holder's name after the post's unit is no part of it.
        let holder = Fixtures.awardLines(title: "Tuyên dương điển hình", provinceLead + "đồng chí Chủ tịch UBND tỉnh Nguyễn Văn Hòa trao Bằng khen cho 3 tập thể.")
        #expect(holder == ["Chủ tịch UBND tỉnh Hà Giang|Bằng khen|3|0|0"], "\(holder)")
        // A post whose next word is more of its name ("Chủ tịch nước"), and a post acting for another, are read as before.
        let president = Fixtures.awardLines(title: "Tuyên dương điển hình", provinceLead + "đồng chí Chủ tịch nước đã trao Huân chương Lao động hạng Ba cho 2 tập thể.")
        #expect(president == ["Chủ tịch nước|Huân chương|2|0|0"], "\(president)")
        let forAnother = Fixtures.awardLines(title: "Tuyên dương điển hình", provinceLead + "đồng chí Chủ tịch UBND huyện thừa ủy quyền Chủ tịch UBND tỉnh trao Bằng khen cho 3 tập thể.")
        #expect(forAnother == ["UBND tỉnh Hà Giang|Bằng khen|3|0|0"], "\(forAnother)")
    }

    /// "Công an quận Liên Chiểu tổ chức lễ khen thưởng 3 thanh niên": the unit holding the ceremony, not "… tổ chức lễ", is the
    /// giver; and the ceremony, named for those whose Giấy khen of another giver the story tells, is no award of its own.
    @Test func theUnitHoldingACeremonyNamedByItsHonour() {
        let alone = Fixtures.awardLines(title: "Khen thưởng thanh niên bắt cướp", "Chiều 9/8/2017, Công an quận Liên Chiểu tổ chức hội nghị khen thưởng 3 thanh niên đã dũng cảm bắt cướp.")
        #expect(alone == ["Công an quận Liên Chiểu|khen thưởng|0|3|0"], "\(alone)")
        let told = Fixtures.awardLines(title: "Khen thưởng thanh niên bắt cướp", "Chiều 9/8/2017, Công an quận Liên Chiểu tổ chức lễ khen thưởng 3 thanh niên đã dũng cảm bắt cướp.\n\nTại buổi lễ, lãnh đạo Công an quận đã trao Giấy khen của Giám đốc Công an thành phố Đà Nẵng cho 3 thanh niên.")
        #expect(told == ["Giám đốc Công an thành phố Đà Nẵng|Giấy khen|0|3|0"], "\(told)")
        // Other people, counted alike, are another award; "Ban tổ chức hội nghị" is a giver's name, not a unit holding a meeting.
        let others = Fixtures.awardLines(title: "Khen thưởng học sinh", "Sáng 9/8/2017, Trường THCS Lê Lợi tổ chức lễ khen thưởng 2 học sinh đạt giải Nhất cấp tỉnh.\n\nDịp này, Hội Khuyến học huyện tặng Giấy khen cho 2 giáo viên.")
        #expect(others == ["Trường THCS Lê Lợi|khen thưởng|0|2|0", "Hội Khuyến học huyện|Giấy khen|0|2|0"], "\(others)")
        let committee = Fixtures.awardLines(title: "Biểu dương điển hình", "Sáng 19/5/2023, UBND tỉnh Hà Giang tổ chức hội nghị biểu dương.\n\nTại hội nghị, Ban tổ chức hội nghị tặng Giấy khen cho 10 tập thể.")
        #expect(committee == ["UBND tỉnh Hà Giang|Giấy khen|10|0|0"], "\(committee)")
    }

    /// "thầy Nguyễn Văn Hòa - Hiệu trưởng nhà trường đã trao …", "Thầy Trương Minh Khoa, Hiệu trưởng nhà trường đã trao …": the
    /// post after its holder's name gives, as the organizer's institution's. "… cũng tặng Giấy khen và phần quà …": adverbs
    /// before the verb are no part of a giver, and what comes with the award stands between it and its recipients.
    @Test func aPostAfterItsHoldersName() {
        let lead = "Sáng 15/5/2023, Trường THCS Lê Quý Đôn tổ chức Lễ tuyên dương người tốt, việc tốt.\n\nTại buổi lễ, "
        let dash = Fixtures.awardLines(title: "Tuyên dương người tốt, việc tốt", lead + "thầy Nguyễn Văn Hòa - Hiệu trưởng nhà trường đã trao Giấy khen cho 4 tập thể lớp và 21 học sinh có thành tích tiêu biểu.")
        #expect(dash == ["Hiệu trưởng Trường THCS Lê Quý Đôn|Giấy khen|4|21|0"], "\(dash)")
        let comma = Fixtures.awardLines(title: "Tuyên dương người tốt, việc tốt", lead + "Thầy Trương Minh Khoa, Hiệu trưởng nhà trường đã trao Giấy khen kèm phần thưởng cho 11 học sinh và 2 tập thể lớp có thành tích xuất sắc.")
        #expect(comma == ["Hiệu trưởng Trường THCS Lê Quý Đôn|Giấy khen|2|11|0"], "\(comma)")
        let also = Fixtures.awardLines(title: "Tuyên dương người tốt, việc tốt", lead + "Trưởng Công an huyện Đức Trọng tặng Giấy khen cho 2 học sinh có hành động dũng cảm. Hiệu trưởng Trường THCS Lê Quý Đôn cũng tặng Giấy khen và phần quà cho 3 học sinh có thành tích tiêu biểu trong học tập.")
        #expect(also == ["Trưởng Công an huyện Đức Trọng|Giấy khen|0|2|0", "Hiệu trưởng Trường THCS Lê Quý Đôn|Giấy khen|0|3|0"], "\(also)")
    }

    /// "thừa ủy quyền của Trưởng Ban Tuyên giáo Trung ương, … trao Kỷ niệm chương …": the head of a central board gives; "Giám
    /// đốc PC Quảng Nam": EVN's provincial company, spelled out (not the police's "PC&CC").
    @Test func theHeadOfACentralBoardAndAPowerCompany() throws {
        let power = Fixtures.awardLines(title: "Điện lực Quảng Nam khen thưởng", "Sáng 11/1/2023, Công ty Điện lực Quảng Nam tổ chức lễ khen thưởng.\n\nTại buổi lễ, Giám đốc PC Quảng Nam tặng Giấy khen cho 6 tập thể, 11 cá nhân.")
        #expect(power == ["Giám đốc Công ty Điện lực Quảng Nam|Giấy khen|6|11|0"], "\(power)")
        let catalog = try DomainKnowledge.bundled().extraction.units.catalog
        #expect(catalog.spellingOutNames("Phòng Cảnh sát PC&CC") == "Phòng Cảnh sát PC&CC")
        let board = Fixtures.awardLines(title: "Biểu dương điển hình", "Sáng 16/5/2019, Tỉnh ủy Quảng Ninh tổ chức hội nghị biểu dương điển hình.\n\nTại hội nghị, thừa ủy quyền của Trưởng Ban Tuyên giáo Trung ương, đồng chí Đỗ Thành Quang đã trao Kỷ niệm chương cho 5 cá nhân.")
        #expect(board == ["Trưởng Ban Tuyên giáo Trung ương|Kỷ niệm chương|0|5|0"], "\(board)")
    }

    /// "… của Bộ trưởng Bộ Giáo dục và Đào tạo": a ministry's name holding "và" runs on after a post; "5 nữ viên chức" are
    /// people; "Ban Thường vụ Quận đoàn" at a Quận đoàn's event is that quận's, not a huyện's.
    @Test func aMinistryNameWithVàAndAQuậnĐoàn() {
        let school = Fixtures.awardLines(title: "Tuyên dương nhà giáo", "Sáng 18/11/2025, Trường Đại học Thủ Dầu Một tổ chức lễ tuyên dương nhà giáo tiêu biểu.\n\nTại buổi lễ, 9 nhà giáo vinh dự nhận Kỷ niệm chương của Bộ trưởng Bộ Giáo dục và Đào tạo. Công đoàn Trường tặng Giấy khen cho 5 nữ viên chức đạt danh hiệu Giỏi việc trường.")
        #expect(school == ["Bộ trưởng Bộ Giáo dục và Đào tạo|Kỷ niệm chương|0|9|0", "Công đoàn Trường|Giấy khen|0|5|0"], "\(school)")
        let youth = Fixtures.awardLines(title: "Tuyên dương thanh niên", "Sáng 15/5/2024, Quận đoàn Kiến An tổ chức Lễ tuyên dương Thanh niên tiên tiến làm theo lời Bác năm 2024.\n\nDịp này, Ban Thường vụ Quận đoàn tặng Giấy khen cho 3 tập thể, 24 cá nhân.")
        #expect(youth == ["Ban Thường vụ Quận đoàn Kiến An|Giấy khen|3|24|0"], "\(youth)")
    }

    /// The organizer gives what no giver is named for, through the organ it was named with when that organ gives ("Ban Bí thư
    /// Trung ương Đoàn tổ chức …; 86 gương … được tuyên dương"); a decision opening the giver's words names it ("Quyết định của
    /// Ban Thường vụ Đảng ủy phường tặng …"); "Trưởng" before a unit heads it, and a deputy's post retelling the award is the same.
    @Test func theOrganizersOrganAndTheHeadOfAUnit() {
        let youth = Fixtures.awardLines(title: "Tuyên dương thanh niên", "Tối 18/5/2023, tại Hà Nội, Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Lễ tuyên dương Thanh niên tiên tiến làm theo lời Bác.\n\n86 gương thanh niên được tuyên dương năm nay đến từ nhiều lĩnh vực.")
        #expect(youth == ["Ban Bí thư Trung ương Đoàn|tuyên dương|0|86|0"], "\(youth)")
        // Not a board acting for its school: the school gives.
        let school = Fixtures.awardLines(title: "Tuyên dương học sinh", "Sáng 17/5/2018, Ban Giám hiệu Trường THPT Chuyên Lê Quý Đôn tổ chức lễ tuyên dương.\n\nDịp này, 12 học sinh được tuyên dương.")
        #expect(school == ["Trường THPT Chuyên Lê Quý Đôn|tuyên dương|0|12|0"], "\(school)")
        let decision = Fixtures.awardLines(title: "Phường Cửa Nam biểu dương", "Sáng 19/12/2025, Đảng ủy phường Cửa Nam tổ chức hội nghị biểu dương.\n\nQuyết định của Ban Thường vụ Đảng ủy phường tặng Giấy khen cho 15 tập thể, 20 cá nhân.")
        #expect(decision == ["Ban Thường vụ Đảng ủy phường Cửa Nam|Giấy khen|15|20|0"], "\(decision)")
        let police = Fixtures.awardLines(title: "Tuyên dương học sinh", "Sáng 25/3/2019, Trường THPT Phan Châu Trinh tổ chức lễ tuyên dương.\n\nTại buổi lễ, Trưởng Công an quận Hải Châu tặng Giấy khen cho 2 học sinh. Thiếu tá Nguyễn Hữu Phước, Phó Trưởng Công an quận Hải Châu trao Giấy khen cho 2 học sinh.")
        #expect(police == ["Trưởng Công an quận Hải Châu|Giấy khen|0|2|0"], "\(police)")
    }

    /// "cho các anh Trần Văn Lộc (34 tuổi, tài xế), Nguyễn Minh Tâm (28 tuổi) …": one person a name after a plural person word.
    @Test func peopleNamedAfterAPluralPersonWord() {
        let people = Fixtures.awardLines(title: "Khen thưởng người dân", "Chiều 6/6/2023, UBND TP Thủ Đức tổ chức họp mặt.\n\nTại buổi lễ, ông Hồ Văn Phát đã trao Giấy khen của Chủ tịch UBND TP Thủ Đức cho các anh Trần Văn Lộc (34 tuổi, tài xế xe công nghệ), Nguyễn Minh Tâm (28 tuổi), Phạm Quốc Huy (41 tuổi) và Đặng Văn Nghĩa (52 tuổi, chủ tiệm sửa xe).")
        #expect(people == ["Chủ tịch UBND thành phố Thủ Đức|Giấy khen|0|4|0"], "\(people)")
        // Not a plural of people left unnamed.
        let unnamed = Fixtures.awardLines(title: "Khen thưởng học sinh", "Chiều 6/6/2023, Trường THCS Lê Lợi tổ chức họp mặt.\n\nHiệu trưởng nhà trường trao Giấy khen cho các em học sinh có thành tích tốt.")
        #expect(unnamed.isEmpty, "\(unnamed)")
    }

    /// A list's line opening with its bullet ("+ Giám đốc Sở … tặng …") gives in the post's name; so does one holder with two posts
    /// ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"), as written, whether the posts follow "được" or open the clause.
    @Test func aPostAfterABulletAndTwoPostsOfOneHolder() {
        let listed = Fixtures.awardLines(title: "Lễ khen thưởng học sinh", "Sáng 9/12/2019, Trường THPT Phan Châu Trinh tổ chức Lễ khen thưởng học sinh có hành động đẹp.\n\nTại buổi lễ, nhà trường công bố các quyết định khen thưởng:\n+ Giám đốc Sở Giáo dục và Đào tạo thành phố Đà Nẵng tặng Giấy khen cho 02 học sinh: em Lê Minh Khoa và em Trần Ngọc Bảo Anh.\n+ Hiệu trưởng nhà trường tặng Giấy khen cho 15 học sinh có hành động nhặt được của rơi trả lại người mất.")
        #expect(listed == ["Giám đốc Sở Giáo dục và Đào tạo thành phố Đà Nẵng|Giấy khen|0|2|0", "Hiệu trưởng Trường THPT Phan Châu Trinh|Giấy khen|0|15|0"], "\(listed)")
        let twoPosts = Fixtures.awardLines(title: "Biểu dương Người có uy tín", "Ngày 29/3/2021, Ban Dân tộc tỉnh Quảng Ngãi tổ chức Hội nghị biểu dương Người có uy tín tiêu biểu.\n\nTại Hội nghị, 5 Người có uy tín được Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc tặng Bằng khen. Dịp này, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc cũng trao Kỷ niệm chương cho 3 cá nhân.")
        #expect(twoPosts == ["Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc|Bằng khen|0|5|0", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc|Kỷ niệm chương|0|3|0"], "\(twoPosts)")
        // Two people's posts ("Tư lệnh, Chính ủy Quân khu 9 trao …") are not one giver.
        let twoPeople = Fixtures.awardLines(title: "Quân khu 9 tổng kết", "Ngày 20/12/2023, Đảng ủy Quân khu 9 tổ chức hội nghị tổng kết.\n\nDịp này, Tư lệnh, Chính ủy Quân khu 9 trao Bằng khen cho 3 tập thể.")
        #expect(!twoPeople.contains { $0.hasPrefix("Tư lệnh, Chính ủy") }, "\(twoPeople)")
    }
}
