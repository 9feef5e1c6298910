# Chronicle: `make site` builds the sample site, `make test` runs every test.
# Both install what a fresh Debian machine lacks (libcmark-dev), so nothing is set up by hand.

SWIFT       ?= swift
CONTENT     ?= Content
TEMPLATES   ?= Templates
OUTPUT      ?= Site
RELEASE_BIN  = .build/release/chronicle
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES = libcmark-dev pkg-config

.PHONY: all site build test deps clean help

all: site

help:
	@echo "make site   install what is missing, build Chronicle (release), write $(OUTPUT)/ from $(CONTENT)/"
	@echo "make test   install what is missing, run every test"
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

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build $(OUTPUT)
