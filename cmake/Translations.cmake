# Translations of the desktop program (included from cmake/Packaging.cmake).
#
# The .ts files under translations/ are the sources; lrelease compiles them at build time and
# the .qm files are embedded in the ui library under ":/i18n" (nothing to install, nothing to
# find at run time, works the same from the build tree, an install prefix and the .deb).
# ui/translation.cpp picks the language: the system locale, or "ui/language" in the settings.
#
#   cmake --build build --target update_translations    re-extracts every tr() string (lupdate)
#
# lupdate reads ui/, app/gui/ and the core sources (lesson, client and parser texts the window
# shows); the CLI stays English.
if(NOT SMTP_TUTOR_BUILD_GUI OR NOT TARGET ui)
  return()
endif()
file(GLOB SMTP_TUTOR_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/smtp-tutor_*.ts)
if(NOT SMTP_TUTOR_TS_FILES)
  return()
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

file(GLOB_RECURSE SMTP_TUTOR_TR_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/app/gui/*.cpp
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h)
qt_add_translations(ui
  TS_FILES ${SMTP_TUTOR_TS_FILES}
  SOURCES ${SMTP_TUTOR_TR_SOURCES}
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/core
  LUPDATE_OPTIONS -no-obsolete -locations none
  RESOURCE_PREFIX /i18n)
