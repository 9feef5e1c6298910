#!/usr/bin/env python3
"""What a writer waits for in `chronicle serve`: inserts a paragraph with a new word after an
article's lead, then asks the server for the article's page until it shows the word, and prints
the seconds from the save to then.
Usage: save-to-page.py ARTICLE_FILE PAGE_URL"""
import sys, time, urllib.request

article, url = sys.argv[1], sys.argv[2]
word = "Đoạnthử%d" % int(time.time() * 1000)
paragraphs = open(article, encoding="utf-8").read().split("\n\n")
# After the lead: at the end it could be taken for the page's footer.
paragraphs.insert(min(3, len(paragraphs)), "Một đoạn " + word + " được thêm khi xem trước.")
start = time.monotonic()
with open(article, "w", encoding="utf-8") as file:
    file.write("\n\n".join(paragraphs))
while time.monotonic() - start < 60:
    if word in urllib.request.urlopen(url).read().decode("utf-8"):
        print("%.3f" % (time.monotonic() - start))
        sys.exit(0)
    time.sleep(0.002)
sys.exit("save-to-page: the page never showed the save")
