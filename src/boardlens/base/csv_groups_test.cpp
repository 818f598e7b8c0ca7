// One CSV file holding several imports, grouped by its leading columns.

#include <gtest/gtest.h>

#include "boardlens/base/csv_groups.hpp"

namespace boardlens {
namespace {

TEST(CsvGroups, RowsGroupByTheirLeadingColumnsInTheOrderTheyCome) {
  const auto groups = GroupCsv("when,who,a,b\n2,x,1,2\n1,y,3,4\n2,x,5,6\n", "f.csv", 2);
  ASSERT_EQ(groups.size(), 2U);
  EXPECT_EQ(groups[0].key, (std::vector<std::string>{"2", "x"}));
  EXPECT_EQ(groups[0].csv, "a,b\r\n1,2\r\n5,6\r\n");
  EXPECT_EQ(groups[1].csv, "a,b\r\n3,4\r\n");
}

}  // namespace
}  // namespace boardlens
