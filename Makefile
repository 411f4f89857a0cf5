# Sangam: the commands a newcomer needs. `make help` lists them.
SWIFT ?= swift
RELEASE_BIN := .build/release/sangam
DEBUG_BIN := .build/debug/sangam
DEMO_DIR := demo

.PHONY: help deps build release test demo bench eval-translit eval-align eval-lookup train-translit clean

help:
	@echo "make demo    build in release mode; sangam run on the bundled Corpus: $(DEMO_DIR)/sangam.db and a TMX, Moses, TSV and JSONL corpus in $(DEMO_DIR)/"
	@echo "make test    build and run every test (unit and end-to-end)"
	@echo "make build   debug build"
	@echo "make bench   throughput benchmarks against ICU's uconv (writes Benchmarks/output/)"
	@echo "make eval-translit  transliteration accuracy on Dictionaries/names-dev.tsv, with ICU as baseline"
	@echo "make eval-align     sentence alignment and document pairing accuracy on Benchmarks/align-dev/, with Gale-Church as baseline"
	@echo "make eval-lookup    name lookup accuracy@1/@5 and latency on Dictionaries/names-dev.tsv among 20,000 distractors, with ICU + edit distance as baseline; names mined from Corpus/"
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
	$(RELEASE_BIN) run Corpus/ --db $(DEMO_DIR)/sangam.db --out $(DEMO_DIR)/
	@echo
	@echo "== five aligned segments (score, English, Hindi) from $(DEMO_DIR)/sangam.tsv =="
	@awk -F'\t' 'NR >= 40 && NR < 45 { print $$5 "  " $$3; print "       " $$4 }' $(DEMO_DIR)/sangam.tsv
	@echo
	@echo "The corpus: $(DEMO_DIR)/sangam.tmx (CAT tools), $(DEMO_DIR)/sangam.en + $(DEMO_DIR)/sangam.hi (Moses), $(DEMO_DIR)/sangam.tsv, $(DEMO_DIR)/sangam.jsonl"
	@echo "The store:  $(DEMO_DIR)/sangam.db (SQLite). Try: $(RELEASE_BIN) pairs --db $(DEMO_DIR)/sangam.db --explain"
	@echo "            and names across scripts: $(RELEASE_BIN) lookup --db $(DEMO_DIR)/sangam.db 'Yoon Youngbin' नरेन्द्र"

bench: release
	python3 Benchmarks/text-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/ingest-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/translit-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/align-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/export-throughput.py --binary $(RELEASE_BIN)
	python3 Benchmarks/lookup-throughput.py --binary $(RELEASE_BIN)

# Accuracy, not speed: a debug build is enough (the whole name list runs in seconds).
eval-translit: build
	python3 Benchmarks/eval-translit.py --binary $(DEBUG_BIN)

# Alignment and pairing accuracy against the hand-written gold of Benchmarks/align-dev/.
eval-align: release
	python3 Benchmarks/eval-align.py --binary $(RELEASE_BIN)

# Name lookup accuracy and latency, and the names mined from Corpus/ against Benchmarks/entities-dev/.
eval-lookup: release
	python3 Benchmarks/eval-lookup.py --binary $(RELEASE_BIN)

# The learned Latin → Devanagari costs, from the training lists only (never names-dev.tsv).
train-translit: release
	$(RELEASE_BIN) train-translit Dictionaries/names-train-*.tsv --out Dictionaries/translit-costs.tsv

clean:
	rm -rf .build $(DEMO_DIR) Benchmarks/output
