# Sangam: the commands a newcomer needs. `make help` lists them.
SWIFT ?= swift
RELEASE_BIN := .build/release/sangam
DEBUG_BIN := .build/debug/sangam
DEMO_DIR := demo

.PHONY: help deps build release test demo bench eval-translit eval-align train-translit clean

help:
	@echo "make demo    build in release mode; ingest, pair and align the bundled Corpus into $(DEMO_DIR)/sangam.db"
	@echo "make test    build and run every test (unit and end-to-end)"
	@echo "make build   debug build"
	@echo "make bench   throughput benchmarks against ICU's uconv (writes Benchmarks/output/)"
	@echo "make eval-translit  transliteration accuracy on Dictionaries/names-dev.tsv, with ICU as baseline"
	@echo "make eval-align     sentence alignment and document pairing accuracy on Benchmarks/align-dev/, with Gale-Church as baseline"
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
	$(RELEASE_BIN) pair --db $(DEMO_DIR)/sangam.db --quiet
	$(RELEASE_BIN) align --db $(DEMO_DIR)/sangam.db --quiet
	@echo
	@echo "== the pairs (EN_ID, HI_ID, score) =="
	@$(RELEASE_BIN) pairs --db $(DEMO_DIR)/sangam.db
	@echo
	@echo "== five aligned segments of one pair =="
	@sqlite3 -separator '  |  ' $(DEMO_DIR)/sangam.db "SELECT s.bead_type, printf('%.2f', s.score), s.en_text, s.hi_text FROM aligned_segment s JOIN document_pair p ON p.id = s.pair_id JOIN article a ON a.id = p.en_article_id WHERE a.external_id = 'en/2025-12-06-india-korea-space' ORDER BY s.position LIMIT 5" 2>/dev/null \
		|| $(RELEASE_BIN) align-sentences --text Benchmarks/align-dev/docs/2025-12-06-india-korea-space.en Benchmarks/align-dev/docs/2025-12-06-india-korea-space.hi | head -n 5
	@echo
	@echo "The store is $(DEMO_DIR)/sangam.db (SQLite): try  sqlite3 $(DEMO_DIR)/sangam.db 'SELECT external_id, title FROM article LIMIT 5'"

bench: release
	python3 Benchmarks/text-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/ingest-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/translit-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/align-throughput.py --binary $(RELEASE_BIN)

# Accuracy, not speed: a debug build is enough (the whole name list runs in seconds).
eval-translit: build
	python3 Benchmarks/eval-translit.py --binary $(DEBUG_BIN)

# Alignment and pairing accuracy against the hand-written gold of Benchmarks/align-dev/.
eval-align: release
	python3 Benchmarks/eval-align.py --binary $(RELEASE_BIN)

# The learned Latin → Devanagari costs, from the training lists only (never names-dev.tsv).
train-translit: release
	$(RELEASE_BIN) train-translit Dictionaries/names-train-*.tsv --out Dictionaries/translit-costs.tsv

clean:
	rm -rf .build $(DEMO_DIR) Benchmarks/output
