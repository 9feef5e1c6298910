#!/usr/bin/env python3
"""Bytes a reader's browser downloads for typical queries on a built site, following what
search.js fetches: meta.json, the term files the words fall in (and the word pairs'), the
facet file, and the result files of the first ten results.
Usage: search-download.py SITE_DIR [QUERY…]"""
import bisect, json, os, sys, unicodedata

site = sys.argv[1]
queries = sys.argv[2:] or ["dang uy khoi", "hau giang", "tinh uy nghe an", "chuyen de nam 2023", "bang khen", "huyen uy"]
index = os.path.join(site, "search")
meta_path = os.path.join(index, "meta.json")
meta = json.load(open(meta_path))

def words(text):
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "d").lower()
    out, word = [], ""
    for c in text:
        if c.isalnum(): word += c
        elif word: out.append(word); word = ""
    return out + ([word] if word else [])

def utf16(s): return s.encode("utf-16-be")
starts = [utf16(s) for s in meta["termChunks"]]
def chunk_for(term): return bisect.bisect_right(starts, utf16(term)) - 1

for query in queries:
    files = {meta_path}
    tokens = words(query)
    scores = None
    for term in tokens + [a + " " + b for a, b in zip(tokens, tokens[1:])]:
        number = chunk_for(term)
        if number < 0: continue
        path = os.path.join(index, "terms", f"{number}.json")
        files.add(path)
        if " " in term: continue
        postings = json.load(open(path)).get(term, [])
        docs, value = set(), 0
        for delta in postings:
            value += delta; docs.add(value >> 1)
        scores = docs if scores is None else scores & docs
    files.add(os.path.join(index, "facets.json"))
    for doc in sorted(scores or [])[:10]:
        files.add(os.path.join(index, "docs", f"{doc // meta['docsPerChunk']}.json"))
    total = sum(os.path.getsize(f) for f in files)
    print(f"  '{query}': {len(scores or [])} results, {len(files)} files, {total / 1024:.0f} kB")
