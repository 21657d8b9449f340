# IRN Desk front door. `make run` and `make test` work on a fresh Debian 12 machine: they install
# what is missing (apt-get), build, and then start the app or run every test.

BUILD_DIR     ?= build
ASAN_DIR      ?= build-asan
BUILD_TYPE    ?= RelWithDebInfo
JOBS          ?= $(shell nproc 2>/dev/null || echo 2)
SUDO          := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages needed to build, test and run. Only the missing ones are installed.
DEB_PACKAGES := ca-certificates g++ cmake ninja-build make pkg-config \
	qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
	libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n libgl-dev libssl-dev libqrencode-dev \
	libsqlite3-dev libquazip1-qt6-dev libxlsxwriter-dev qtkeychain-qt6-dev zbar-tools poppler-utils \
	fonts-dejavu-core fonts-lohit-deva fonts-lohit-taml xvfb xauth \
	librsvg2-bin desktop-file-utils appstream groff-base man-db debootstrap dbus-daemon

SCHEMA_TEST_DIR := tests/schema

.PHONY: all deps build run test test-asan package test-package bench demo screenshots translations check-translations format clean

all: build

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	command -v node >/dev/null 2>&1 || missing="$$missing nodejs"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
		echo "make deps: installing$$missing"; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	else echo "make deps: all Debian packages present"; fi
	@if [ ! -f $(SCHEMA_TEST_DIR)/node_modules/.package-lock.json ] || \
	    [ $(SCHEMA_TEST_DIR)/package-lock.json -nt $(SCHEMA_TEST_DIR)/node_modules/.package-lock.json ]; then \
		echo "make deps: npm ci (schema test oracle)"; \
		npm ci --prefix $(SCHEMA_TEST_DIR) --no-audit --no-fund --loglevel=error; \
	fi

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: deps build
	$(BUILD_DIR)/app/irndesk

test: deps build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The same suite with AddressSanitizer and UBSan, in a Debug build (where warnings are errors).
test-asan: deps
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DIRNDESK_ENABLE_SANITIZERS=ON -DIRNDESK_BUILD_BENCH=OFF
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && ctest --output-on-failure -j $(JOBS)

# The Debian package: irndesk_<version>_<arch>.deb in $(BUILD_DIR) (CPack; installer/CMakeLists.txt).
DEB_FILE = $(BUILD_DIR)/irndesk_$$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' $(BUILD_DIR)/CMakeCache.txt)_$$(dpkg --print-architecture).deb

package: deps build
	cd $(BUILD_DIR) && cpack -G DEB
	@echo "make package: $(DEB_FILE)"

# The package installed with apt on a fresh Debian 12 root made by debootstrap (as root: it mounts
# and chroots), then used: the CLI, the man page, the desktop files, the GUI under Xvfb.
test-package: package
	$(SUDO) installer/test-package.sh $(DEB_FILE) $(BUILD_DIR)/package-test

# Reading, writing and validating 100,000 generated invoices; validation side by side with ajv
# (node, and ajv from tests/schema/node_modules: both come with `make deps`).
# Then the store: importing that file, exporting it to <= 2 MB bulk files, and listing the first page
# of a store grown to 1,000,000 invoices (bench/StoreBench.cpp); then 10,000 signature checks and
# 1,000 printed e-invoices (bench/PrintBench.cpp); then the desktop app's invoice list on a store of
# 1,000,000 invoices: first page, last row, memory (bench/GuiBench.cpp).
bench: deps build
	$(BUILD_DIR)/bench/irndesk-bench --out-dir $(BUILD_DIR)/bench-data --cli $(BUILD_DIR)/app/irndesk-cli \
		--ajv-script bench/ajv-validate.mjs
	$(BUILD_DIR)/bench/irndesk-bench-store --file $(BUILD_DIR)/bench-data/invoices-100000.json \
		--work-dir $(BUILD_DIR)/bench-data/store --grow-to 1000000 --cli $(BUILD_DIR)/app/irndesk-cli
	$(BUILD_DIR)/bench/irndesk-bench-print --jwts tests/data/portal/samples/real_signed_jwts.json \
		--work-dir $(BUILD_DIR)/bench-data/print
	$(BUILD_DIR)/bench/irndesk-bench-submit --cli $(BUILD_DIR)/app/irndesk-cli --work-dir $(BUILD_DIR)/bench-data/submit
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/bench/irndesk-bench-gui --work-dir $(BUILD_DIR)/bench-data/gui --count 1000000

# The app's windows on a demo store, under a virtual X server, as PNGs in docs/screenshots/ (the
# README shows them): main window, editor with findings, import report, status report, a
# registered invoice.
screenshots: deps build
	xvfb-run -a -s "-screen 0 1400x1000x24" $(BUILD_DIR)/app/irndesk-screenshots docs/screenshots

# The whole path headless on generated data: workspace, import, validation, bulk files, submission
# to a local sandbox IRP it starts and stops, the status report, a printed and verified e-invoice.
demo: deps build
	BUILD_DIR=$(BUILD_DIR) sh bench/demo.sh $(BUILD_DIR)/demo

# Translations (docs/translating.md): `make translations` runs lupdate over core/, ui/ and app/
# and rewrites translations/*.ts (new strings appear there, unfinished, for translators);
# `make check-translations` fails naming every string of Hindi, Tamil or Marathi without a
# translation, as the test TranslationsComplete does in `make test`.
translations: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --target update_translations

check-translations: deps $(BUILD_DIR)/build.ninja
	cd $(BUILD_DIR) && ctest --output-on-failure -R '^TranslationsComplete$$'

format:
	find app core ui tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
