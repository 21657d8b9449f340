# SPDX-License-Identifier: GPL-3.0-or-later
#
# TranslationsComplete: every user-visible string of the current sources has a translation in
# every translations/*.ts.
#
#   cmake -DCONFIG=<build>/translations/i18n-config.cmake -DLUPDATE=lupdate -DWORK_DIR=dir
#         -P CheckTranslations.cmake
#
# Runs lupdate, with the inputs and options of update_translations, into a scratch copy of each
# .ts (the committed file is never touched), then fails naming each message that is
#   new         in the sources but not in the committed .ts (run `make translations`),
#   unfinished  in the .ts but marked unfinished (lupdate also marks a changed source so),
#   empty       marked finished but with no text (or an empty plural form),
#   placeholders translated, but its %1, %2, ... are not those of the source.

cmake_minimum_required(VERSION 3.22)

foreach(var CONFIG LUPDATE WORK_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "CheckTranslations.cmake: -D${var}=... is required")
    endif()
endforeach()
include("${CONFIG}")

# lupdate reads the file list from a file: the list is long, and files that disappeared since
# CMake ran are skipped (it would stop at them).
file(MAKE_DIRECTORY "${WORK_DIR}")
set(list_file "${WORK_DIR}/sources.lst")
set(list_text "")
foreach(include IN LISTS IRNDESK_I18N_INCLUDES)
    string(APPEND list_text "-I${include}\n")
endforeach()
set(n_sources 0)
foreach(source IN LISTS IRNDESK_I18N_SOURCES)
    if(EXISTS "${source}")
        string(APPEND list_text "${source}\n")
        math(EXPR n_sources "${n_sources} + 1")
    endif()
endforeach()
if(n_sources EQUAL 0)
    message(FATAL_ERROR "CheckTranslations.cmake: no source file to scan")
endif()
file(WRITE "${list_file}" "${list_text}")

# Makes a .ts file's text safe to use as a CMake list of messages: the characters that CMake's
# list handling interprets (; [ ] \) are swapped for placeholders that xml_unescape() undoes.
function(ts_to_message_list text out_var)
    string(REPLACE "\\" "@BACKSLASH@" text "${text}")
    string(REPLACE ";" "@SEMICOLON@" text "${text}")
    string(REPLACE "[" "@LBRACKET@" text "${text}")
    string(REPLACE "]" "@RBRACKET@" text "${text}")
    # One list element per context, each holding its <name> and its messages.
    string(REPLACE "<context>" ";<context>" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# For display: XML entities decoded (their ';' is still a placeholder here), runs of white space
# folded. The list-safe placeholders stay until the report is one string (decode_placeholders).
function(xml_unescape text out_var)
    foreach(pair "&lt|<" "&gt|>" "&quot|\"" "&apos|'" "&#10| " "&#xa| " "&amp|&")
        string(FIND "${pair}" "|" bar)
        string(SUBSTRING "${pair}" 0 ${bar} entity)
        math(EXPR after "${bar} + 1")
        string(SUBSTRING "${pair}" ${after} -1 character)
        string(REPLACE "${entity}@SEMICOLON@" "${character}" text "${text}")
    endforeach()
    string(REGEX REPLACE "[\r\n\t ]+" " " text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

function(decode_placeholders text out_var)
    string(REPLACE "@SEMICOLON@" ";" text "${text}")
    string(REPLACE "@LBRACKET@" "[" text "${text}")
    string(REPLACE "@RBRACKET@" "]" text "${text}")
    string(REPLACE "@BACKSLASH@" "\\" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Sets <out_var> to a list of "context|source|comment|state" for each message of a .ts file,
# state being one of: done, unfinished, empty, placeholders.
function(read_messages ts_file out_var)
    file(READ "${ts_file}" text)
    ts_to_message_list("${text}" contexts)
    set(result "")
    foreach(context IN LISTS contexts)
        if(NOT context MATCHES "<name>([^<]*)</name>")
            continue()  # the header before the first context
        endif()
        set(context_name "${CMAKE_MATCH_1}")
        string(REPLACE "</message>" "</message>;" messages "${context}")
        foreach(message IN LISTS messages)
            if(NOT message MATCHES "<message")
                continue()
            endif()
            string(REGEX MATCH "<source>([^<]*)</source>" unused "${message}")
            set(source "${CMAKE_MATCH_1}")
            set(comment "")
            if(message MATCHES "<comment>([^<]*)</comment>")
                set(comment "${CMAKE_MATCH_1}")
            endif()
            # (CMake clears CMAKE_MATCH_<n> on a failed match: one test per if().)
            set(attributes "")
            set(body "")
            if(message MATCHES "<translation([^>]*)>(.*)</translation>")
                set(attributes "${CMAKE_MATCH_1}")
                set(body "${CMAKE_MATCH_2}")
            elseif(message MATCHES "<translation([^>]*)/>")
                set(attributes "${CMAKE_MATCH_1}")
            endif()
            string(STRIP "${body}" stripped)
            if(attributes MATCHES "type=\"(unfinished|vanished|obsolete)\"")
                set(state unfinished)
            elseif(stripped STREQUAL "" OR body MATCHES "<numerusform>[ \t\r\n]*</numerusform>"
                   OR body MATCHES "<numerusform/>")
                set(state empty)
            else()
                # A translation that drops or invents a %N breaks QString::arg() at run time.
                string(REGEX MATCHALL "%[0-9]+" source_args "${source}")
                string(REGEX MATCHALL "%[0-9]+" translation_args "${body}")
                foreach(args source_args translation_args)
                    if(${args})
                        list(REMOVE_DUPLICATES ${args})
                        list(SORT ${args})
                    endif()
                endforeach()
                if(source_args STREQUAL translation_args)
                    set(state done)
                else()
                    set(state placeholders)
                endif()
            endif()
            list(APPEND result "${context_name}|${source}|${comment}|${state}")
        endforeach()
    endforeach()
    set(${out_var} "${result}" PARENT_SCOPE)
endfunction()

set(problems "")
foreach(ts_file IN LISTS IRNDESK_TS_FILES)
    get_filename_component(ts_name "${ts_file}" NAME)
    if(NOT EXISTS "${ts_file}")
        list(APPEND problems "${ts_name}: missing; create it with `make translations`")
        continue()
    endif()
    set(scratch "${WORK_DIR}/${ts_name}")
    file(COPY_FILE "${ts_file}" "${scratch}")
    execute_process(
        COMMAND "${LUPDATE}" ${IRNDESK_LUPDATE_OPTIONS} "@${list_file}" -ts "${scratch}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc STREQUAL "0")
        message(FATAL_ERROR "CheckTranslations.cmake: lupdate failed (${rc}):\n${out}${err}")
    endif()
    # lupdate's own warnings (e.g. tr() in a class without Q_OBJECT) hide strings from the .ts.
    if(err MATCHES "[Ww]arning|[Ee]rror")
        list(APPEND problems "${ts_name}: lupdate complained:\n${err}")
    endif()

    read_messages("${ts_file}" committed)
    read_messages("${scratch}" updated)
    set(committed_keys "")
    foreach(entry IN LISTS committed)
        string(REGEX REPLACE "\\|[a-z]+$" "" key "${entry}")
        list(APPEND committed_keys "${key}")
    endforeach()

    set(n_messages 0)
    foreach(entry IN LISTS updated)
        math(EXPR n_messages "${n_messages} + 1")
        string(REGEX MATCH "^(.*)\\|([a-z]+)$" unused "${entry}")
        set(key "${CMAKE_MATCH_1}")
        set(state "${CMAKE_MATCH_2}")
        if(NOT key IN_LIST committed_keys)
            set(state new)
        endif()
        if(state STREQUAL "done")
            continue()
        endif()
        string(REGEX MATCH "^([^|]*)\\|(.*)\\|([^|]*)$" unused "${key}")
        set(context "${CMAKE_MATCH_1}")
        xml_unescape("${CMAKE_MATCH_2}" source)
        string(LENGTH "${source}" length)
        if(length GREATER 120)
            string(SUBSTRING "${source}" 0 100 source)
            string(APPEND source "...")
        endif()
        set(comment "${CMAKE_MATCH_3}")
        if(comment)
            xml_unescape("${comment}" comment)
            set(comment " (${comment})")
        endif()
        list(APPEND problems "${ts_name}: ${state}: [${context}] \"${source}\"${comment}")
    endforeach()
    message(STATUS "${ts_name}: ${n_messages} messages from ${n_sources} source files")
endforeach()

if(problems)
    list(LENGTH problems n_problems)
    list(JOIN problems "\n  " text)
    decode_placeholders("${text}" text)
    message(FATAL_ERROR "TranslationsComplete: ${n_problems} message(s) need a translator:\n  ${text}\n"
        "new: run `make translations` (lupdate), then translate it in translations/*.ts; "
        "unfinished, empty: translate it (Qt Linguist, or edit the .ts and drop type=\"unfinished\"); "
        "placeholders: the translation must keep every %N of the source.")
endif()
message(STATUS "TranslationsComplete: every message is translated")
