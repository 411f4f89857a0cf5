# Sangam: the commands a newcomer needs. `make help` lists them.
SWIFT ?= swift
RELEASE_BIN := .build/release/sangam
DEMO_DIR := demo

.PHONY: help deps build release test demo bench clean

help:
	@echo "make demo    build in release mode and segment the bundled Corpus into $(DEMO_DIR)/"
	@echo "make test    build and run every test (unit and end-to-end)"
	@echo "make build   debug build"
	@echo "make bench   throughput benchmark against ICU's uconv (writes Benchmarks/output/)"
	@echo "make deps    install the Debian packages Sangam needs (or print the command)"

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# `swift build` first: the end-to-end tests run the built `sangam` binary.
test: build
	$(SWIFT) test

demo: release
	@mkdir -p $(DEMO_DIR)
	@for language in en hi; do \
		for article in Corpus/$$language/*.txt; do \
			$(RELEASE_BIN) segment --lang $$language "$$article" > "$(DEMO_DIR)/$$language-$$(basename "$$article" .txt).sentences" || exit 1; \
		done; \
	done
	@echo "Segmented $$(ls Corpus/en/*.txt Corpus/hi/*.txt | wc -l) articles into $(DEMO_DIR)/ (one sentence per line)."
	@echo
	@echo "== $(DEMO_DIR)/hi-2025-12-06-india-korea-space.sentences (first 12 lines) =="
	@head -n 12 $(DEMO_DIR)/hi-2025-12-06-india-korea-space.sentences
	@echo
	@echo "== matching form of its title =="
	@sed -n 3p Corpus/hi/2025-12-06-india-korea-space.txt | $(RELEASE_BIN) normalize --form match

bench: release
	python3 Benchmarks/text-throughput.py --binary $(RELEASE_BIN)

clean:
	rm -rf .build $(DEMO_DIR) Benchmarks/output
