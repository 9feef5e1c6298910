import Foundation
import Testing
@testable import ChronicleKit

/// Every field of ../shared/seeds/expected.json, read from the five real articles.
@Suite(.enabled(if: Fixtures.seedsPresent, Fixtures.seedsMissingMessage))
struct SeedExtractionTests {
    let expected: ExpectedSeeds
    let extracted: [String: ExtractedArticle]

    init() throws {
        expected = try ExpectedSeeds.load()
        var extracted: [String: ExtractedArticle] = [:]
        for seed in expected.articles {
            extracted[seed.file] = Fixtures.extractor.extract(try Fixtures.loadSeed(seed.file))
        }
        self.extracted = extracted
    }

    @Test func eventDatesWithEvidenceAndHowTheYearWasInferred() {
        for seed in expected.articles {
            let event = extracted[seed.file]!.facts.eventDate
            #expect(event.date?.iso == seed.event_date, "event date of \(seed.file)")
            #expect(event.evidence == seed.event_date_evidence, "evidence of \(seed.file)")
            #expect((event.yearInferredFrom != nil) == (seed.year_inferred_from != nil), "year inference of \(seed.file): \(event.yearInferredFrom ?? "none")")
            #expect(event.undatedEstimate == seed.event_period_estimate, "undated estimate of \(seed.file)")
        }
    }

    @Test func yearsAreInferredForTheReasonsAReaderGives() {
        #expect(extracted["001_42320b72dfd32882.txt"]!.facts.eventDate.yearInferredFrom?.contains("ngày đăng 01/06/2024") == true)
        #expect(extracted["002_514c141d0ea8db88.txt"]!.facts.eventDate.yearInferredFrom?.contains("quý I/2024") == true)
        #expect(extracted["003_852d480e45eae4e5.txt"]!.facts.eventDate.yearInferredFrom?.contains("2021 + 3") == true)
    }

    @Test func eventTypes() {
        for seed in expected.articles {
            let type = extracted[seed.file]!.facts.eventType
            #expect(type == seed.event_type, "event type of \(seed.file)")
        }
    }

    @Test func organizerUnitAndProvince() {
        for seed in expected.articles {
            let facts = extracted[seed.file]!.facts
            let organizer = facts.organizer
            #expect(organizer?.phrase == seed.organizer || organizer?.unit == seed.organizer, "organizer of \(seed.file): \(String(describing: organizer))")
            if let unit = seed.unit { #expect(organizer?.unit == unit, "unit of \(seed.file)") }
            #expect(facts.province?.name == seed.province, "province of \(seed.file)")
        }
        #expect(extracted["001_42320b72dfd32882.txt"]!.facts.province?.inferredFrom.contains("Thạnh Hóa") == true)
        #expect(extracted["003_852d480e45eae4e5.txt"]!.facts.province?.inferredFrom.contains("BĐ") == true)
        #expect(extracted["001_42320b72dfd32882.txt"]!.facts.province?.successor2025 == "Tây Ninh")
        #expect(extracted["004_957e5ca7d7cdd4ef.txt"]!.facts.province?.successor2025 == "Cần Thơ")
    }

    @Test func themesAndTheirTitles() {
        for seed in expected.articles {
            let themes = extracted[seed.file]!.facts.themes
            #expect(Set(themes.map(\.name)) == Set(seed.themes), "themes of \(seed.file)")
            for (name, title) in seed.theme_titles ?? [:] {
                #expect(themes.first { $0.name == name }?.title == title, "title of \(name) in \(seed.file)")
            }
        }
    }

    @Test func documentsAreNormalized() {
        #expect(extracted["003_852d480e45eae4e5.txt"]!.facts.documents.map(\.name) == ["Kết luận 01-KL/TW", "Chỉ thị 05-CT/TW"])
        #expect(Set(extracted["004_957e5ca7d7cdd4ef.txt"]!.facts.documents.map(\.name)) == ["Chương trình 50", "Nghị quyết 04"])
    }

    @Test func awardsOneRecordPerClauseNeverCountedTwice() {
        for seed in expected.articles {
            let awards = extracted[seed.file]!.facts.awards
            #expect(awards.count == seed.awards.count, "award count of \(seed.file): \(awards)")
            for (award, want) in zip(awards, seed.awards) {
                #expect(award.giver?.hasPrefix(want.giver) == true, "giver in \(seed.file): \(award.giver ?? "none")")
                #expect(award.kind == want.kind, "kind in \(seed.file)")
                #expect(award.collectives == want.collectives && award.individuals == want.individuals, "counts in \(seed.file)")
                #expect(award.combined == nil)
                #expect(award.evidence.contains(want.evidence) || want.evidence.contains(award.evidence), "evidence in \(seed.file): \(award.evidence)")
            }
            if let totals = seed.award_totals {
                #expect(awards.reduce(0) { $0 + ($1.collectives ?? 0) } == totals.collectives, "collectives of \(seed.file)")
                #expect(awards.reduce(0) { $0 + ($1.individuals ?? 0) } == totals.individuals, "individuals of \(seed.file)")
            }
        }
        #expect(extracted["003_852d480e45eae4e5.txt"]!.facts.awards.first?.kindFrom == "caption")
    }

    @Test func peopleWithTheirTitles() {
        for seed in expected.articles {
            let people = extracted[seed.file]!.facts.people
            for person in seed.people {
                #expect(people.first { $0.name == person.name }?.title == person.title, "title of \(person.name) in \(seed.file)")
            }
            #expect(people.count == seed.people.count, "people of \(seed.file): \(people.map(\.name))")
            for author in seed.authors { #expect(!people.contains { $0.name == author }) }
        }
    }

    @Test func participationFiguresAreNotAwards() {
        let facts = extracted["002_514c141d0ea8db88.txt"]!.facts
        #expect(Dictionary(facts.participation.map { ($0.key, $0.count) }, uniquingKeysWith: { a, _ in a })
            == ["connection_points": 424, "party_members": 17300])
        #expect(facts.awards.isEmpty)
    }

    @Test func referenceDatesAreNotTheEvent() {
        let roles = extracted["002_514c141d0ea8db88.txt"]!.facts.referenceDates.map(\.role)
        #expect(roles.filter { $0 == .anniversary }.count == 6)
        let document = extracted["003_852d480e45eae4e5.txt"]!.facts.referenceDates.first
        #expect(document?.role == .document && document?.evidence == "ngày 18.5.2021")
    }
}
