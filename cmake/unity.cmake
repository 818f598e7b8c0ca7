# Unity builds by folder. On two cores most of a build's time went on parsing the same Boost,
# JSON and standard headers again for each of 250 files; compiling each folder's files as one
# unit parses them once per unit. A folder is cut into units of at most
# BOARDLENS_UNITY_FILES files, so that a change recompiles a few files' worth and the last
# unit does not leave a core idle. Files in one folder therefore share a translation unit:
# names in their anonymous namespaces must differ.
set(BOARDLENS_UNITY_FILES 8 CACHE STRING "Most source files compiled together in one unit")

# boardlens_unity(TARGET ROOT): TARGET's sources under ROOT are grouped by folder.
function(boardlens_unity target root)
  get_target_property(sources ${target} SOURCES)
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
  foreach(source IN LISTS sources)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}")
    cmake_path(IS_PREFIX root "${source}" NORMALIZE under_root)
    get_source_file_property(skip "${source}" SKIP_UNITY_BUILD_INCLUSION)
    if(NOT under_root OR skip)
      continue() # generated or excluded: compiled on its own
    endif()
    cmake_path(GET source PARENT_PATH folder)
    cmake_path(RELATIVE_PATH folder BASE_DIRECTORY "${root}")
    string(MAKE_C_IDENTIFIER "${folder}" folder)
    if(NOT DEFINED count_${folder})
      set(count_${folder} 0)
    endif()
    math(EXPR unit "${count_${folder}} / ${BOARDLENS_UNITY_FILES}")
    math(EXPR count_${folder} "${count_${folder}} + 1")
    set_source_files_properties("${source}" TARGET_DIRECTORY ${target} PROPERTIES
                                UNITY_GROUP "${folder}_${unit}")
  endforeach()
endfunction()
