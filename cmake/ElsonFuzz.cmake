# SPDX-License-Identifier: GPL-3.0-or-later
# ELSON_FUZZ: libFuzzer targets for the parsers (fuzz/, scripts/fuzz.sh, docs/FUZZING.md).
# Needs Clang (configure a separate build directory with CC=clang CXX=clang++). Every
# target of the build gets coverage instrumentation and ASan/UBSan; only the fuzz
# executables link libFuzzer's main (-fsanitize=fuzzer).
# The project gates warnings with GCC (CI); Clang here warns a little differently, so
# scripts/fuzz.sh configures without -Werror.
option(ELSON_FUZZ "Build the libFuzzer targets in fuzz/ (Clang only)" OFF)

if(ELSON_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ELSON_FUZZ needs Clang: configure with CC=clang CXX=clang++")
    endif()
    set(_elson_fuzz_flags -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_compile_options(${_elson_fuzz_flags})
    add_link_options(-fsanitize=address,undefined)
    message(STATUS "Elson: building the libFuzzer targets")
endif()
