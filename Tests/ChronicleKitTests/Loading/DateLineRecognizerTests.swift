import Testing
@testable import ChronicleKit

struct DateLineRecognizerTests {
    let recognizer = DateLineRecognizer(rules: Fixtures.knowledge.chrome, weekday: Fixtures.knowledge.extraction.dateVocabulary.timestampWeekday)

    @Test(arguments: [
        ("Thứ Tư, 17/07/2024 02:52 (GMT +7)", "2024-07-17T02:52+07:00"),
        ("Thứ 7, 22/06/2024 | 10:28:23 [GMT +7]  A  A", "2024-06-22T10:28:23+07:00"),
        ("Thứ Ba, 12/3/2024, 15:20 (GMT+7)", "2024-03-12T15:20+07:00"),
        ("Cập nhật: 08:15, 05/04/2024", "2024-04-05T08:15+07:00"),
        ("Chủ nhật, 03/03/2024 07:15 (GMT+7)", "2024-03-03T07:15+07:00"),
        ("05-04-2024 10h30", "2024-04-05T10:30+07:00"),
        ("Ngày đăng: 05.04.2024", "2024-04-05"),
        ("22/06/2024 09:40 GMT+07:00", "2024-06-22T09:40+07:00"),
        ("Thứ Hai, 01/01/2024 - 03:05 PM", "2024-01-01T15:05+07:00"),
        ("Ngày đăng: 16/10/2024 | Lượt xem: 312", "2024-10-16"),
        ("Ngày đăng: 10/08/2022 | Người đăng: Ban Biên tập | Lượt xem: 87", "2022-08-10"),
        ("Cập nhật: 12/03/2020   Lượt xem: 256", "2020-03-12"),
        ("Ngày 24/06/2020 16:05    Lượt xem: 428    Xem cỡ chữ: A A A", "2020-06-24T16:05+07:00"),
        ("12-11-2024 - 09:12 AM | Thời sự", "2024-11-12T09:12+07:00"),
        ("(18/5/2024)", "2024-05-18"),
        ("BGĐT - Thứ Ba, 25/03/2025 06:40", "2025-03-25T06:40+07:00"),
        ("Hôm nay: 15/05/2019", "2019-05-15"),
        ("Cà Mau - 09/01/2025 - 11:26", "2025-01-09T11:26+07:00"),
        ("Thứ Bảy, 10/01/2026 07:15 (GMT+7)   A-  A+   Nghe đọc bài", "2026-01-10T07:15+07:00"),
        ("Thứ Bảy, 03/08/2024 | 11:05   Cỡ chữ  A-  A+   In bài", "2024-08-03T11:05+07:00"),
        ("Đăng ngày: 08/06/2020  -  Người đăng: Quản trị viên  -  Lượt xem: 329", "2020-06-08"),
        ("Đăng lúc: Thứ Hai, 07/08/2023 - 09:18  Bản in  Gửi cho bạn bè", "2023-08-07T09:18+07:00"),
        ("Tạo lúc: 09:12, 09/10/2024   |   Cập nhật: 10:05, 09/10/2024", "2024-10-09T09:12+07:00"),
        ("Thanh Lê • 06/07/2021 17:32", "2021-07-06T17:32+07:00"),
        ("Thứ hai, 13/11/2023 - 10:05 Đã xem: 612", "2023-11-13T10:05+07:00"),
        // A credit beside the date may name a whole office.
        ("Ngày đăng: 13/08/2020 | Tác giả: Phòng Công tác Đảng và công tác chính trị | Lượt xem: 1.208", "2020-08-13"),
    ])
    func recognizesTimestampLines(line: String, iso: String) {
        #expect(recognizer.recognize(line)?.iso == iso)
    }

    @Test(arguments: [
        "Ngày 31/5, Ban Tuyên giáo Huyện ủy Thạnh Hóa tổ chức hội nghị quán triệt",
        "Kết luận số 01-KL/TW ngày 18.5.2021",
        "Kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930-3/2/2024)",
        "Thanh Thủy – Xuân Quốc",
        "31/02/2024 10:00",
        "Quý I/2024",
        // Unlabelled, a long segment beside a date is prose; labelled, one longer than a name.
        "Ngày 13/08/2020 | Công an tỉnh Ninh Bình tổ chức Đại hội Thi đua Vì an ninh Tổ quốc lần thứ VI",
        "Ngày đăng: 13/08/2020 | Tác giả: Công an tỉnh Ninh Bình tổ chức Đại hội Thi đua Vì an ninh Tổ quốc lần thứ VI giai đoạn 2020 - 2025",
    ])
    func rejectsProseAndImpossibleDays(line: String) {
        #expect(recognizer.recognize(line) == nil)
    }
}
