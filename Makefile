# actorgraph: news text -> signed actor graph -> SVG.  See README.md.
#
#   make            build $(BUILD)/actorgraph (installs missing Debian packages first)
#   make run        render the default article to out/
#   make test       unit tests, end-to-end CLI cases, cross-checks; ends with a summary line
#   make asan       the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer
#   make leakcheck  the end-to-end cases under valgrind
#   make fuzz       libFuzzer on the graph JSON loader (clang)
#   make eval       score the extractor on the gold corpus in tests/corpus/
#   make bench      throughput and peak memory on a generated corpus
#   make install    binary, data, man page, bash completion (PREFIX=/usr/local DESTDIR=)
#   make uninstall  removes them

.DEFAULT_GOAL := all

CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/actorgraph
MANDIR   = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
PYTHON  ?= /usr/bin/python3

PKGS    := libcgraph libgvc igraph libcjson libutf8proc link-grammar
OPT     ?= -O2 -g
CFLAGS  ?=
WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ALL_CFLAGS = -std=c17 -D_POSIX_C_SOURCE=200809L $(OPT) $(WARN) $(PKG_CFLAGS) \
             -DAG_DATADIR='"$(DATADIR)"' $(SAN) $(CFLAGS)
ALL_LDFLAGS = $(SAN) $(LDFLAGS)

LIB_SRC := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_OBJ := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/obj/unit/%.o)
BIN      := $(BUILD)/actorgraph
LIB      := $(BUILD)/libactorgraph.a
MAN      := $(BUILD)/actorgraph.1
COMPLETION := $(BUILD)/actorgraph.bash

# Package flags come from pkg-config, after .ci/install-deps made sure the packages are there.
NOCONFIG_GOALS := clean uninstall lint
ifeq ($(filter-out $(NOCONFIG_GOALS),$(or $(MAKECMDGOALS),all)),)
else
include $(BUILD)/config.mk
endif

$(BUILD)/config.mk: .ci/install-deps
	@mkdir -p $(BUILD)
	@sh .ci/install-deps
	@{ echo "PKG_CFLAGS := $$(pkg-config --cflags $(PKGS))"; \
	   echo "PKG_LIBS := $$(pkg-config --libs $(PKGS)) -lstemmer -lm"; } > $@.tmp && mv $@.tmp $@

.PHONY: all run test unit e2e asan leakcheck fuzz eval bench install uninstall clean lint test-deps
.DELETE_ON_ERROR:

all: $(BIN) $(MAN) $(COMPLETION)

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/unit/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Isrc -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/obj/main.o $(LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS)

# cli.o holds the data directory (-DAG_DATADIR): it is rebuilt when DATADIR
# (or PREFIX) differs from the last build's, kept in this file, so that
# `make install PREFIX=/usr` after `make` installs a binary that looks in
# /usr/share/actorgraph.
$(BUILD)/datadir: FORCE
	@mkdir -p $(@D)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@
$(BUILD)/obj/cli.o: $(BUILD)/datadir
FORCE:

# The man page and the bash completion take the commands and options from the
# CLI's own table (actorgraph --list-options), so they cannot drift from it.
$(MAN): src/actorgraph.1.in src/tables.awk $(BIN)
	$(BIN) --list-options | awk -f src/tables.awk -v datadir='$(DATADIR)' \
	    -v version="$$($(BIN) --version | cut -d' ' -f2)" - $< > $@
$(COMPLETION): src/actorgraph.bash.in src/tables.awk $(BIN)
	$(BIN) --list-options | awk -f src/tables.awk - $< > $@

$(BUILD)/unit-tests: $(UNIT_OBJ) $(LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS) -lcriterion

-include $(LIB_OBJ:.o=.d) $(BUILD)/obj/main.d $(UNIT_OBJ:.o=.d)

ARTICLE := data/articles/karabakh-2024-01-18.txt
CURATED := graphs/karabakh-2024-01-18.json

# The curated graph (reviewed by hand) and the graph extracted from the article, drawn
# the same way, and the HTML report of the curated one.
run: $(BIN)
	@mkdir -p out
	$(BIN) render $(CURATED) -o out/karabakh.svg
	$(BIN) render $(ARTICLE) -o out/karabakh-extracted.svg
	$(BIN) report $(CURATED) -o out/karabakh.html
	@echo "wrote out/karabakh.svg, out/karabakh-extracted.svg, out/karabakh.html"

test-deps:
	@sh .ci/install-deps --test

# Criterion prints its summary on stderr; the runner prints one line per suite and a total.
test: test-deps $(BIN) $(MAN) $(COMPLETION) $(BUILD)/unit-tests
	@BUILD=$(BUILD) PYTHON=$(PYTHON) sh tests/run-all

unit: test-deps $(BUILD)/unit-tests
	$(BUILD)/unit-tests

e2e: $(BIN) $(MAN) $(COMPLETION)
	@AG=$(BIN) sh tests/e2e/run

# LeakSanitizer is on; tests/lsan.supp names the leaks inside Graphviz's own libraries.
asan:
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    $(MAKE) --no-print-directory BUILD=build-asan OPT='-O1 -g -fno-omit-frame-pointer' \
	    SAN='-fsanitize=address,undefined -fno-sanitize-recover=all' test

leakcheck: $(BIN) $(MAN) $(COMPLETION)
	@AG=$(BIN) AG_WRAP='valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --suppressions=$(CURDIR)/tests/valgrind.supp' \
	    sh tests/e2e/run

# Scores the extractor: the seed article and every tests/corpus/NAME.txt against its gold
# NAME.json (tests/eval/run); per-article and micro P/R/F1, and the seed's actor_level rows.
eval: $(BIN)
	@BUILD=$(BUILD) PYTHON=$(PYTHON) AG=$(BIN) sh tests/eval/run

# Throughput and memory: tests/bench/gen_corpus.py writes BENCH_MB (default 100) megabytes of
# article-like text to $(BUILD)/bench/ (same bytes every run); bench_run extracts it single-threaded,
# one fresh graph per article, and prints MB/s, sentences/s and resident memory as it goes.
# Then tests/bench/graph_bench.py times the CLI's extract, metrics and render on the graph of a
# GRAPH_BENCH_MB (default 5) corpus read as one input.
bench: $(LIB) $(BIN)
	@mkdir -p $(BUILD)/bench
	$(CC) $(ALL_CFLAGS) -Isrc -o $(BUILD)/bench/bench-run tests/bench/bench_run.c $(LIB) $(ALL_LDFLAGS) $(PKG_LIBS)
	@$(PYTHON) tests/bench/gen_corpus.py data $(BUILD)/bench/corpus.txt $${BENCH_MB:-100}
	@$(BUILD)/bench/bench-run data $(BUILD)/bench/corpus.txt
	@$(PYTHON) tests/bench/gen_corpus.py data $(BUILD)/bench/graph-corpus.txt $${GRAPH_BENCH_MB:-5}
	@$(PYTHON) tests/bench/graph_bench.py $(BIN) $(BUILD)/bench/graph-corpus.txt $(BUILD)/bench

# libFuzzer on the graph JSON loader (clang), seeded with the good and bad test graphs;
# FUZZ_SECONDS (default 120) bounds the run. New crashes are written to $(BUILD)/fuzz/.
FUZZ_SRC := tests/fuzz/fuzz_graph_json.c src/json.c src/graph_json.c src/graph.c src/util.c \
            src/error.c src/escape.c src/fileio.c
fuzz: $(BUILD)/config.mk
	@mkdir -p $(BUILD)/fuzz/corpus
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -std=c17 \
	    -D_POSIX_C_SOURCE=200809L -Isrc $(PKG_CFLAGS) $(FUZZ_SRC) -lcjson -lm -o $(BUILD)/fuzz/fuzz_graph_json
	cd $(BUILD)/fuzz && ./fuzz_graph_json -max_total_time=$${FUZZ_SECONDS:-120} corpus \
	    $(CURDIR)/tests/data/good $(CURDIR)/tests/data/bad

# The data directory is replaced as a whole: the extractor reads every
# dict/*.json, so a file left from an older version would still count.
install: $(BIN) $(MAN) $(COMPLETION)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/actorgraph
	rm -rf $(DESTDIR)$(DATADIR)
	install -d $(DESTDIR)$(DATADIR)
	cp -R data/. $(DESTDIR)$(DATADIR)/
	install -m 644 $(MAN) $(DESTDIR)$(MANDIR)/man1/actorgraph.1
	install -m 644 $(COMPLETION) $(DESTDIR)$(BASHCOMPDIR)/actorgraph

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/actorgraph $(DESTDIR)$(MANDIR)/man1/actorgraph.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/actorgraph
	rm -rf $(DESTDIR)$(DATADIR)

lint:
	clang-format --dry-run --Werror src/*.c src/*.h tests/unit/*.c
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability --std=c11 src

clean:
	rm -rf build build-asan build-*
