# SPDX-License-Identifier: GPL-3.0-or-later
# The test DesktopFiles: the desktop file and the AppStream metainfo pass their validators, name
# the app ID and the project's version, and every icon size was drawn at its size.
# cmake -DDESKTOP=... -DMETAINFO=... -DAPP_ID=... -DVERSION=... -DICONS=.../hicolor -P CheckDesktopFiles.cmake
cmake_minimum_required(VERSION 3.22)

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED) # desktop-file-utils
find_program(APPSTREAMCLI appstreamcli REQUIRED)                   # appstream

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${DESKTOP} OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE code)
if(NOT code EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate ${DESKTOP}:\n${out}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --pedantic ${METAINFO}
    OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE code)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate ${METAINFO}:\n${out}")
endif()

file(READ ${DESKTOP} desktop)
if(NOT desktop MATCHES "\nIcon=${APP_ID}\n")
    message(FATAL_ERROR "${DESKTOP} does not name the icon ${APP_ID}")
endif()
file(READ ${METAINFO} metainfo)
if(NOT metainfo MATCHES "<id>${APP_ID}</id>" OR NOT metainfo MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    message(FATAL_ERROR "${METAINFO} does not name ${APP_ID} and its desktop file")
endif()
if(NOT metainfo MATCHES "<release version=\"${VERSION}\"")
    message(FATAL_ERROR "${METAINFO} has no release ${VERSION}")
endif()

# A PNG's width and height are the 4-byte big-endian numbers at offset 16 and 20.
foreach(size 16 24 32 48 64 128 256 512)
    set(png ${ICONS}/${size}x${size}/apps/${APP_ID}.png)
    if(NOT EXISTS ${png})
        message(FATAL_ERROR "missing icon ${png}")
    endif()
    file(READ ${png} header OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${header}" 0 8 width)
    string(SUBSTRING "${header}" 8 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "${png} is ${width}x${height}, not ${size}x${size}")
    endif()
endforeach()
message(STATUS "${DESKTOP} and ${METAINFO} are valid; 8 icon sizes")
