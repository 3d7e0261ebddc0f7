# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and Qt safety defines;
# every Elson target links it (qBittorrent's qbt_common_cfg).
add_library(elson_options INTERFACE)
add_library(Elson::options ALIAS elson_options)

target_compile_features(elson_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(elson_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    # CI builds must be warning-free; local builds only warn. A cache option, defaulting from
    # $CI, so that ninja's own re-runs of CMake (without CI in the environment) keep it.
    set(_elson_werror_default OFF)
    if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
        set(_elson_werror_default ON)
    endif()
    option(ELSON_WERROR "Treat compiler warnings as errors (default: on when CI is set)" ${_elson_werror_default})
    if(ELSON_WERROR)
        target_compile_options(elson_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(elson_options INTERFACE /W4 /permissive-)
endif()

target_compile_definitions(elson_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ELSON_VERSION="${PROJECT_VERSION}")
