# The two set-up commands: `make` and `make test` (see README.md).
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
DEB_PACKAGES = cmake g++ make pkg-config ccache libcmark-gfm-dev \
  libcmark-gfm-extensions-dev libtomlplusplus-dev libctemplate-dev doctest-dev \
  libxlsxwriter-dev libhunspell-dev hunspell-lv python3-openpyxl chromium poppler-utils \
  libreoffice-calc-nogui libcpp-httplib-dev libdtl-dev librsvg2-bin python3-jsonschema \
  clang libclang-rt-14-dev nettle-dev libzip-dev libexpat1-dev default-jre-headless linkchecker \
  gettext
# Only `make bench` installs these: Hugo 0.111 to compare with, hyperfine for the short
# runs, the cmark-gfm command for the floor (what Markdown alone costs).
BENCH_PACKAGES = hugo hyperfine cmark-gfm
BENCH_RUNS ?= 5
BENCH_SIZES ?= 1000,10000
# The shared benchmark corpus generator, beside this clone.
MAKE_CORPUS ?= ../shared/bench/make_corpus.py
# Node runs the browser tests; Debian's nodejs/npm only where no node is installed at all.
NODE_PACKAGES = $(if $(shell command -v node),$(if $(shell command -v npm),,npm),nodejs npm)
BROWSER_DIR = tests/browser
SANITIZE_DIR ?= build-sanitize
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
SUDO = $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: all deps configure build site pdf test test-sanitize fuzz browser-deps clean format bench bench-deps pot

all: build site

# Installs only the Debian packages that are missing, so a second `make` asks apt nothing.
define install_missing
	@missing=$$(for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	missing="$$missing $(2)"; missing=$$(echo $$missing); \
	if [ -n "$$missing" ]; then \
	  echo "pvpp: instalē Debian pakotnes: $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(DEB_PACKAGES),$(NODE_PACKAGES))

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# The cards are printed to PDF too whenever Chromium is installed (`make deps` installs it).
site: build
	$(BUILD_DIR)/pvpp build $(if $(shell command -v chromium),--pdf) --root . --out output

# The site and the cards, with every card and the role sheets printed to PDF (needs chromium).
pdf: build
	$(BUILD_DIR)/pvpp build --pdf --root . --out output

# The browser tests' npm packages (never a browser: puppeteer-core drives Debian's chromium;
# never a Java: vnu-jar's install script would fetch one, Debian's default-jre-headless runs it),
# installed again only when package-lock.json is newer than what npm last installed.
browser-deps: $(BROWSER_DIR)/node_modules/.package-lock.json

$(BROWSER_DIR)/node_modules/.package-lock.json: $(BROWSER_DIR)/package-lock.json | deps
	cd $(BROWSER_DIR) && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

test: build browser-deps
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (-O1 with
# assertions, for readable reports); any finding fails the test that met it.
test-sanitize: deps browser-deps
	@cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO='-O1 -g' \
	  -DPVPP_SANITIZE=ON >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS)
	cd $(SANITIZE_DIR) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS) $(SANITIZE_EXCLUDE)

# libFuzzer targets (tests/fuzz), built by clang with the library instrumented too, each run
# for FUZZ_SECONDS; crashes, leaks and timeouts fail it and stay in $(FUZZ_DIR)/fuzz/.
fuzz: deps
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO='-O1 -g' -DPVPP_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzzers
	sh tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# Rewrites tests/golden/*/expected and tests/invalid/*/expected.txt from the current output:
# review the diff like code before committing it.
golden-update: build
	LANGUAGE= LC_ALL=C.UTF-8 PVPP_UPDATE_EXPECTED=1 $(BUILD_DIR)/pvpp_tests -tc='golden*,every invalid*,every slip*'

# The message catalog kept up to date: every id the code marks (_(), N_(), P_()) is gathered
# into $(BUILD_DIR)/pvpp.pot and merged into po/lv.po; new ids come in untranslated (no fuzzy
# guesses): translate them there (the test messages_translated lists what is left).
pot: deps
	@mkdir -p $(BUILD_DIR)
	find generator -name '*.cpp' | LC_ALL=C sort | xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 \
	  --from-code=UTF-8 --language=C++ --add-location=file --force-po --package-name=pvpp --files-from=- \
	  -o $(BUILD_DIR)/pvpp.pot
	msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-wrap po/lv.po $(BUILD_DIR)/pvpp.pot
	@sed -i '/^"POT-Creation-Date: /d' po/lv.po

bench-deps:
	$(call install_missing,$(BENCH_PACKAGES),)

# pvpp against Hugo on 1,000 and 10,000 generated pages, the cmark-gfm floor and the real
# corpus (full build, no-change rebuild), then pvpp serve's edit-to-reload: tables and
# which targets hold. Takes a few minutes; BENCH_RUNS=1 for a quick look. Work in
# $(BUILD_DIR)/bench/.
bench: build bench-deps
	@test -f $(MAKE_CORPUS) || { echo "pvpp: $(MAKE_CORPUS) is missing: make bench needs the shared corpus generator (set MAKE_CORPUS=path/to/make_corpus.py)" >&2; exit 1; }
	/usr/bin/python3 bench/run.py --pvpp $(BUILD_DIR)/pvpp --make-corpus $(MAKE_CORPUS) \
	  --work $(BUILD_DIR)/bench --runs $(BENCH_RUNS) --sizes $(BENCH_SIZES)
	@$(MAKE) --no-print-directory bench-serve
	@$(MAKE) --no-print-directory bench-assessments

# pvpp serve's edit-to-reload latency on a copy of the real corpus (median of several edits).
.PHONY: bench-serve
bench-serve: build
	/usr/bin/python3 bench/serve_latency.py --pvpp $(BUILD_DIR)/pvpp --root .

# `pvpp novertejumi` on 500 synthetic filled self-assessments: time, peak memory, cost per workbook.
.PHONY: bench-assessments
bench-assessments: build
	/usr/bin/python3 bench/assessments.py --pvpp $(BUILD_DIR)/pvpp --root . --work $(BUILD_DIR)/bench/assessments

format:
	clang-format -i $$(find generator tests/unit -name '*.cpp' -o -name '*.h')

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR) output $(BROWSER_DIR)/node_modules
