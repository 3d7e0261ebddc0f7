# SPDX-License-Identifier: GPL-3.0-or-later
# ELSON_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer on every target of the
# build (compile and link), so the whole test suite runs under them (scripts/sanitize.sh).
# Applied globally rather than on Elson::options so that no target escapes it: a static
# library built without ASan would hide overflows in its own code.
option(ELSON_SANITIZE "Build with -fsanitize=address,undefined (for the sanitizer test run)" OFF)

if(ELSON_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "ELSON_SANITIZE needs GCC or Clang")
    endif()
    # Recoverable, so UBSAN_OPTIONS=halt_on_error=1 (scripts/sanitize.sh) decides whether a
    # finding stops the run.
    set(_elson_sanitize_flags -fsanitize=address,undefined -fno-omit-frame-pointer)
    add_compile_options(${_elson_sanitize_flags})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC's flow analysis sees through the sanitizer's instrumentation badly and reports
        # uninitialised values in Qt's own swap()s (GCC documents such false positives for
        # -fsanitize); the ordinary build keeps the warning.
        add_compile_options(-Wno-maybe-uninitialized)
    endif()
    add_link_options(${_elson_sanitize_flags})
    message(STATUS "Elson: building with AddressSanitizer and UndefinedBehaviorSanitizer")
endif()
