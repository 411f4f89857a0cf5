# Sangam: the commands a newcomer needs. `make help` lists them.
SWIFT ?= swift
RELEASE_BIN := .build/release/sangam
DEBUG_BIN := .build/debug/sangam
DEMO_DIR := demo

.PHONY: help deps build release test demo bench eval-translit train-translit clean

help:
	@echo "make demo    build in release mode and ingest the bundled Corpus into $(DEMO_DIR)/sangam.db"
	@echo "make test    build and run every test (unit and end-to-end)"
	@echo "make build   debug build"
	@echo "make bench   throughput benchmarks against ICU's uconv (writes Benchmarks/output/)"
	@echo "make eval-translit  transliteration accuracy on Dictionaries/names-dev.tsv, with ICU as baseline"
	@echo "make train-translit relearn Dictionaries/translit-costs.tsv from Dictionaries/names-train-*.tsv"
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
	@rm -f $(DEMO_DIR)/sangam.db $(DEMO_DIR)/sangam.db-wal $(DEMO_DIR)/sangam.db-shm
	$(RELEASE_BIN) ingest --db $(DEMO_DIR)/sangam.db --quiet Corpus/
	@echo
	$(RELEASE_BIN) stats --db $(DEMO_DIR)/sangam.db
	@echo
	@echo "== one Hindi article as Sangam understood it (first 16 lines) =="
	@$(RELEASE_BIN) show --db $(DEMO_DIR)/sangam.db hi/2025-12-06-india-korea-space | head -n 16
	@echo
	@echo "== its English counterpart, segmented =="
	@$(RELEASE_BIN) show --db $(DEMO_DIR)/sangam.db en/2025-12-06-india-korea-space | sed -n '12,18p'
	@echo
	@echo "The store is $(DEMO_DIR)/sangam.db (SQLite): try  sqlite3 $(DEMO_DIR)/sangam.db 'SELECT external_id, title FROM article LIMIT 5'"

bench: release
	python3 Benchmarks/text-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/ingest-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/translit-throughput.py --binary $(RELEASE_BIN)

# Accuracy, not speed: a debug build is enough (the whole name list runs in seconds).
eval-translit: build
	python3 Benchmarks/eval-translit.py --binary $(DEBUG_BIN)

# The learned Latin → Devanagari costs, from the training lists only (never names-dev.tsv).
train-translit: release
	$(RELEASE_BIN) train-translit Dictionaries/names-train-*.tsv --out Dictionaries/translit-costs.tsv

clean:
	rm -rf .build $(DEMO_DIR) Benchmarks/output
