# SPDX-License-Identifier: GPL-3.0-or-later
#
# SchemaConformance: every bulk file that `irndesk-cli normalize` writes must pass the INV-01
# v1.1 draft-07 schema, checked by an independent oracle (ajv, validate.mjs in this folder).
#
#   cmake -DCLI=irndesk-cli -DNODE=node -DSCHEMA_DIR=tests/schema -DDATA=tests/data -DOUT=dir
#         -P conformance.cmake
#
# Inputs: every *.json under DATA/conformance (published samples, some as sent in the wild with
# other key casing and nulls) and DATA/gen (generated invoices of every kind). For each input the
# test also checks that no invoice is lost or invented on the way, that the files are named
# <input>-NNN.json and that none is larger than the byte limit.

cmake_minimum_required(VERSION 3.22)

foreach(var CLI NODE SCHEMA_DIR DATA OUT)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "conformance.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT EXISTS "${CLI}")
    message(FATAL_ERROR "conformance.cmake: the CLI ${CLI} does not exist: build irndesk-cli first")
endif()
if(NOT EXISTS "${SCHEMA_DIR}/node_modules/ajv/package.json")
    message(FATAL_ERROR "conformance.cmake: ajv is not installed in ${SCHEMA_DIR}: run `make deps` "
        "(it runs `npm ci --prefix tests/schema`)")
endif()

# The portal's limit for one bulk upload file, which is also the CLI's default.
set(kPortalMaxBytes 2000000)

set(failures "")
set(checked_files 0)
set(checked_invoices 0)

# Number of invoices in a JSON file (the length of a bulk array, 1 for a single invoice object) in
# <out_var>, -1 if it is not JSON; its top-level JSON type (ARRAY, OBJECT, ...) in <type_var>.
function(count_invoices file out_var type_var)
    file(READ "${file}" text)
    string(JSON type ERROR_VARIABLE json_error TYPE "${text}")
    set(${type_var} "${type}" PARENT_SCOPE)
    if(json_error)
        set(${out_var} -1 PARENT_SCOPE)
    elseif(type STREQUAL "ARRAY")
        string(JSON n LENGTH "${text}")
        set(${out_var} ${n} PARENT_SCOPE)
    else()
        set(${out_var} 1 PARENT_SCOPE)
    endif()
endfunction()

# Normalises INPUT into OUT/NAME with the CLI (EXTRA_ARGS passed on), then validates every file
# written against the schema with at most MAX_BYTES bytes each. MIN_FILES: fewer files written
# is a failure (to prove that a small limit really splits).
function(check_normalize)
    cmake_parse_arguments(arg "" "INPUT;NAME;MAX_BYTES;MIN_FILES" "EXTRA_ARGS" ${ARGN})
    set(out_dir "${OUT}/${arg_NAME}")
    file(REMOVE_RECURSE "${out_dir}")  # stale files of an earlier run would be checked otherwise
    get_filename_component(base "${arg_INPUT}" NAME_WE)

    execute_process(
        COMMAND "${CLI}" normalize "${arg_INPUT}" --out-dir "${out_dir}" ${arg_EXTRA_ARGS}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    list(JOIN arg_EXTRA_ARGS " " extra)
    message(STATUS "${arg_NAME}: irndesk-cli normalize ${extra} -> exit ${rc}\n${out}${err}")
    if(NOT rc STREQUAL "0")
        list(APPEND failures "${arg_NAME}: irndesk-cli normalize exited with ${rc} (its output is above)")
        set(failures "${failures}" PARENT_SCOPE)
        return()
    endif()

    file(GLOB outputs LIST_DIRECTORIES false "${out_dir}/*")
    list(SORT outputs)
    list(LENGTH outputs n_outputs)
    if(n_outputs EQUAL 0)
        list(APPEND failures "${arg_NAME}: irndesk-cli normalize wrote no file in ${out_dir}")
        set(failures "${failures}" PARENT_SCOPE)
        return()
    endif()
    if(arg_MIN_FILES AND n_outputs LESS arg_MIN_FILES)
        list(APPEND failures
            "${arg_NAME}: expected at least ${arg_MIN_FILES} files with --max-bytes ${arg_MAX_BYTES}, got ${n_outputs}")
    endif()

    set(written 0)
    foreach(output IN LISTS outputs)
        get_filename_component(output_name "${output}" NAME)
        if(NOT output_name MATCHES "^${base}-[0-9][0-9][0-9]+\\.json$")
            list(APPEND failures "${arg_NAME}: unexpected output file name ${output_name} (want ${base}-NNN.json)")
        endif()
        count_invoices("${output}" n type)
        if(n LESS 0)
            list(APPEND failures "${arg_NAME}: ${output_name} is not JSON")
        elseif(NOT type STREQUAL "ARRAY")
            list(APPEND failures "${arg_NAME}: ${output_name} is not a bulk array but a JSON ${type}")
        else()
            math(EXPR written "${written} + ${n}")
        endif()
    endforeach()
    count_invoices("${arg_INPUT}" expected type)
    if(NOT written EQUAL expected)
        list(APPEND failures "${arg_NAME}: ${expected} invoices in, ${written} invoices out")
    endif()

    execute_process(
        COMMAND "${NODE}" "${SCHEMA_DIR}/validate.mjs" --quiet --max-bytes ${arg_MAX_BYTES} ${outputs}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc STREQUAL "0")
        message("${out}${err}")  # unwrapped, one error per line
        list(APPEND failures "${arg_NAME}: the schema oracle rejected the output (exit ${rc}, errors above)")
    endif()

    math(EXPR files "${checked_files} + ${n_outputs}")
    math(EXPR invoices "${checked_invoices} + ${written}")
    set(checked_files ${files} PARENT_SCOPE)
    set(checked_invoices ${invoices} PARENT_SCOPE)
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

file(GLOB inputs LIST_DIRECTORIES false "${DATA}/conformance/*.json" "${DATA}/gen/*.json")
list(SORT inputs)
if(NOT inputs)
    message(FATAL_ERROR "conformance.cmake: no input files under ${DATA}/conformance or ${DATA}/gen")
endif()
foreach(input IN LISTS inputs)
    get_filename_component(name "${input}" NAME_WE)
    check_normalize(INPUT "${input}" NAME "${name}" MAX_BYTES ${kPortalMaxBytes})
endforeach()

# The splitter: a small limit must give several files, each valid, each within the limit, with
# every invoice in exactly one of them.
check_normalize(INPUT "${DATA}/gen/gen-400.json" NAME gen-400-split MAX_BYTES 100000 MIN_FILES 3
    EXTRA_ARGS --max-bytes 100000)

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "SchemaConformance failed:\n  ${text}")
endif()
message(STATUS "SchemaConformance: ${checked_invoices} invoices in ${checked_files} files, all valid")
