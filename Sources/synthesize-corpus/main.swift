import ChronicleKit
import Foundation

// synthesize-corpus: writes N raw articles in the seeds' styles, deterministic for a seed, as a
// Chronicle content folder (and, with --hugo DIR, the same articles as a Hugo site).
// Usage: synthesize-corpus --count N [--seed S] --output DIR [--hugo DIR]

func argument(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

guard let countText = argument("--count"), let count = Int(countText), count > 0, let output = argument("--output") else {
    FileHandle.standardError.write(Data("usage: synthesize-corpus --count N [--seed S] --output DIR [--hugo DIR]\n".utf8))
    exit(2)
}
let seed = UInt64(argument("--seed") ?? "1") ?? 1
let hugo = argument("--hugo")
let provinces: [Gazetteer.Province]
do {
    provinces = try DomainKnowledge.bundled().extraction.gazetteer.provinces
} catch {
    FileHandle.standardError.write(Data("synthesize-corpus: \(error) (rebuild it with the same Chronicle sources)\n".utf8))
    exit(1)
}
let manager = FileManager.default

let articles = URL(fileURLWithPath: output).appendingPathComponent("articles")
try? manager.removeItem(at: URL(fileURLWithPath: output))
try manager.createDirectory(at: articles, withIntermediateDirectories: true)
try Data("title: Chronicle bench\npage_size: 50\n".utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent("site.yml"))
var hugoContent: URL?
if let hugo {
    let root = URL(fileURLWithPath: hugo)
    try? manager.removeItem(at: root)
    let content = root.appendingPathComponent("content/articles")
    try manager.createDirectory(at: content, withIntermediateDirectories: true)
    try Data(HugoTwin.config.utf8).write(to: root.appendingPathComponent("hugo.toml"))
    for (path, text) in HugoTwin.layouts {
        let file = root.appendingPathComponent("layouts/" + path)
        try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
    hugoContent = content
}

var random = SplitMix(seed: seed)
for number in 0..<count {
    let facts = EventFacts.make(number, provinces: provinces, random: &random)
    let text = ArticleWriter.write(facts, random: &random)
    let folder = articles.appendingPathComponent(String(format: "%03d", number / 1000))
    if number % 1000 == 0 { try manager.createDirectory(at: folder, withIntermediateDirectories: true) }
    let name = String(format: "bai-%06d", number)
    try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".txt"))
    if let hugoContent {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let title = String(lines.dropFirst(3).first { !$0.isEmpty && !$0.contains("|") } ?? "")
        let body = lines.filter { $0.count > 80 }.joined(separator: "\n\n")
        try Data(HugoTwin.article(facts, title: title, body: body).utf8).write(to: hugoContent.appendingPathComponent(name + ".md"))
    }
}
print("synthesize-corpus: \(count) articles (seed \(seed)) in \(output)\(hugo.map { ", Hugo twin in \($0)" } ?? "")")
