# Installation layout and the Debian package (included last from the top CMakeLists.txt).
#
#   cmake --install build --prefix /usr/local     installs everything below under that prefix
#   cd build && cpack -G DEB                      builds smtp-tutor_<version>_<arch>.deb
#
# What goes where (GNU layout, relative to the prefix):
#   bin/smtp-tutor, bin/smtp-tutor-cli                   (install(TARGETS) in app/gui, app/cli)
#   share/applications/io.github.smtptutor.SmtpTutor.desktop
#   share/metainfo/io.github.smtptutor.SmtpTutor.metainfo.xml
#   share/icons/hicolor/scalable/apps/io.github.smtptutor.SmtpTutor.svg
#   share/icons/hicolor/NxN/apps/io.github.smtptutor.SmtpTutor.png  (N = 16 ... 256)
#   share/man/man1/smtp-tutor.1, share/man/man1/smtp-tutor-cli.1
#   share/bash-completion/completions/smtp-tutor-cli
# The translations are compiled into the GUI (see cmake/Translations.cmake): nothing to install.
include(GNUInstallDirs)
include(${CMAKE_CURRENT_LIST_DIR}/Translations.cmake)

set(SMTP_TUTOR_APP_ID io.github.smtptutor.SmtpTutor)
set(_res ${PROJECT_SOURCE_DIR}/resources)

if(SMTP_TUTOR_BUILD_GUI)
  install(FILES ${_res}/desktop/${SMTP_TUTOR_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${_res}/desktop/${SMTP_TUTOR_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  # One icon source: the SVG the app itself uses; the PNGs are renderings of it
  # (rsvg-convert -w N -h N resources/icons/smtp-tutor.svg), committed so no build needs librsvg.
  install(FILES ${_res}/icons/smtp-tutor.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${SMTP_TUTOR_APP_ID}.svg)
  install(DIRECTORY ${_res}/icons/hicolor/
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor
          FILES_MATCHING PATTERN "*.png")
  install(FILES ${_res}/man/smtp-tutor.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
install(FILES ${_res}/man/smtp-tutor-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_res}/completion/smtp-tutor-cli.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME smtp-tutor-cli)

# --- CPack: one Debian package with both programs -------------------------------------------
set(CPACK_PACKAGE_NAME smtp-tutor)
set(CPACK_PACKAGE_VENDOR "The SMTP Tutor developers")
set(CPACK_PACKAGE_CONTACT "The SMTP Tutor developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learn SMTP offline, then probe real mail servers")
set(CPACK_PACKAGE_INSTALL_DIRECTORY smtp-tutor)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from dpkg-shlibdeps; openssl is run by the practice server to make
# its self-signed certificate, so no ELF dependency reveals it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "openssl")
# SVG icons (PNG fallbacks exist) and Qt's own German strings for standard dialogs are optional.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack writes the summary as the first line and indents the body itself (an empty line becomes " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"SMTP Tutor teaches the SMTP handshake with a simulated mail server that answers
like a real one: a guided lesson from the greeting to QUIT, drills for common
errors (greylisting, full mailbox, unknown user, relay denied) and a reference
of reply codes, enhanced status codes, ports and commands.

It also probes real servers (plain, STARTTLS, implicit TLS, AUTH, envelope
tests) from the desktop program or from smtp-tutor-cli, and runs a practice
server on 127.0.0.1 for your own mail client.")
include(CPack)

# --- Tests of the installed layout and the package ------------------------------------------
# tst_packaging (tests/cli) installs into a scratch prefix and builds the .deb, so it needs every
# installed program built first. (Its ctest label is "cli", set in tests/cli: CMake 3.25 cannot
# change a test's properties from another directory.)
if(TARGET tst_packaging)
  if(TARGET smtp-tutor)
    add_dependencies(tst_packaging smtp-tutor)
    target_compile_definitions(tst_packaging PRIVATE SMTP_TUTOR_GUI="$<TARGET_FILE:smtp-tutor>")
  endif()
  target_compile_definitions(tst_packaging PRIVATE
    SMTP_TUTOR_CMAKE="${CMAKE_COMMAND}" SMTP_TUTOR_CPACK="${CMAKE_CPACK_COMMAND}")
endif()
