# SPDX-License-Identifier: GPL-3.0-or-later
# elson_add_test(tst_name SOURCES a.cpp LIBRARIES lib… [LABELS l…] [DATA])
# One executable per test class, registered with ctest and run offscreen.
function(elson_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt::Test Elson::options ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        ELSON_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
    add_test(NAME ${name} COMMAND ${name})
    # A QSKIP must show as skipped in ctest, not as passed (platform notes).
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        SKIP_REGULAR_EXPRESSION "SKIP   : "
        TIMEOUT 300)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
