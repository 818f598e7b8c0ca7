// NHS.UK components: fields in error, radios, dates, character counts, the error summary.

#include <gtest/gtest.h>

#include <regex>

#include "boardlens/base/error.hpp"
#include "boardlens/base/testing.hpp"
#include "boardlens/html/components.hpp"
#include "boardlens/html/html.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::html {
namespace {

TEST(Components, AFieldInErrorIsMarkedAndDescribed) {
  FieldErrors errors;
  errors.Add("email", "Enter your email address");
  errors.Add("email", "a second message for the same field is dropped");
  const std::string summary = ErrorSummary(errors).str();
  EXPECT_NE(summary.find("<a href=\"#email\">Enter your email address</a>"), std::string::npos);
  EXPECT_EQ(CountOccurrences(summary, "<li>"), 1U);

  const std::string input =
      TextInput({"email", "Email", "a\"b", "We never share it", std::string(errors.For("email"))})
          .str();
  EXPECT_NE(input.find("nhsuk-form-group--error"), std::string::npos);
  EXPECT_NE(input.find("value=\"a&quot;b\""), std::string::npos);
  EXPECT_NE(input.find("aria-describedby=\"email-hint email-error\""), std::string::npos);
  EXPECT_TRUE(ErrorSummary(FieldErrors{}).empty());
}

TEST(Components, RadiosKeepTheChoiceAndLinkTheFirstToTheField) {
  const std::string radios = Radios({"rating", "Rating", "dk", {}, {}},
                                    {{"1", "1", "Low", false}, {"dk", "I don't know", {}, true}})
                                 .str();
  EXPECT_NE(radios.find("id=\"rating\" name=\"rating\" type=\"radio\" value=\"1\""),
            std::string::npos);
  EXPECT_NE(radios.find("value=\"dk\" checked"), std::string::npos);
  EXPECT_NE(radios.find("nhsuk-radios__divider"), std::string::npos);
}

TEST(Components, DatesAreReadFromThreeBoxesWithTheDesignSystemsMessages) {
  const auto iso = [](const DateParts& parts) {
    std::string error;
    const auto date = parts.ToIso("the date it closed", error);
    return date ? *date : "error: " + error;
  };
  EXPECT_EQ(iso({"5", "3", "2026"}), "2026-03-05");
  EXPECT_EQ(iso({"05", "03", "2026"}), "2026-03-05");
  EXPECT_EQ(iso({"29", "2", "2028"}), "2028-02-29");
  EXPECT_EQ(iso({"", "", ""}), "error: Enter the date it closed");
  EXPECT_EQ(iso({"", "3", ""}), "error: The date it closed must include a day and year");
  EXPECT_EQ(iso({"5", "", "2026"}), "error: The date it closed must include a month");
  EXPECT_EQ(iso({"29", "2", "2026"}), "error: The date it closed must be a real date");
  EXPECT_EQ(iso({"5", "March", "2026"}), "error: The date it closed must be a real date");
  EXPECT_EQ(iso({"5", "3", "26"}), "error: Year must include 4 numbers");
  EXPECT_EQ(iso({"-1", "3", "2026"}), "error: The date it closed must be a real date");
  EXPECT_EQ(iso({"32", "13", "2026"}), "error: The date it closed must be a real date");

  const DateParts parts = DateParts::Read(Form::Parse("on-day=+7+&on-month=11&on-year=2026"), "on");
  EXPECT_EQ(iso(parts), "2026-11-07");
  EXPECT_EQ(DateParts::Of("2026-01-09").day, "9");
  EXPECT_EQ(DateParts::Of("2026-01-09").month, "1");

  const std::string boxes =
      DateInput({"on", "Closed on", {}, "For example, 30 11 2026", "Enter the date"}, parts).str();
  EXPECT_NE(boxes.find("id=\"on\" name=\"on-day\""), std::string::npos)
      << "the error summary links to the day";
  EXPECT_NE(boxes.find("name=\"on-year\" type=\"text\" inputmode=\"numeric\" value=\"2026\""),
            std::string::npos);
  EXPECT_NE(boxes.find("aria-describedby=\"on-hint on-error\""), std::string::npos);
  EXPECT_EQ(CountOccurrences(boxes, "nhsuk-input--error"), 3U);
}

TEST(Components, ADateMarksOnlyTheBoxesAtFault) {
  const auto marked = [](const DateParts& parts) {
    const auto fault = parts.Fault("the date");
    std::string error = fault ? fault->message : "Must be in the past";
    const std::string html = DateInput({"on", "Closed on", {}, {}, error}, parts).str();
    std::string boxes;
    for (const char* part : {"day", "month", "year"}) {
      const auto at = html.find("name=\"on-" + std::string(part) + "\"");
      const auto input = html.rfind("<input", at);
      if (html.substr(input, at - input).find("nhsuk-input--error") != std::string::npos) {
        boxes += part[0];
      }
    }
    return boxes;
  };
  EXPECT_EQ(marked({"5", "Mar", "2026"}), "m") << "letters in the month mark the month alone";
  EXPECT_EQ(marked({"5", "3", "26"}), "y");
  EXPECT_EQ(marked({"", "3", ""}), "dy");
  EXPECT_EQ(marked({"x", "3", "yy"}), "dy");
  EXPECT_EQ(marked({"31", "4", "2026"}), "dmy") << "not clear which box is wrong";
  EXPECT_EQ(marked({"", "", ""}), "dmy");
  EXPECT_EQ(marked({"5", "3", "2026"}), "dmy") << "a fault of the whole date, such as the future";
  // The error summary's link lands on the first box at fault.
  FieldErrors errors;
  AddDateFault(errors, "on", *DateParts{"5", "3", "26"}.Fault("the date"));
  EXPECT_NE(ErrorSummary(errors).str().find("href=\"#on-year\">Year must include 4 numbers"),
            std::string::npos);
}

TEST(Components, ACharacterCountStatesItsLimitWithoutJavaScript) {
  const std::string html =
      CharacterCount({"note", "Your note", "hello", "What you saw", {}}, 2000).str();
  EXPECT_NE(html.find("data-module=\"nhsuk-character-count\" data-maxlength=\"2000\""),
            std::string::npos);
  EXPECT_NE(html.find(">You can enter up to 2,000 characters</div>"), std::string::npos);
  EXPECT_NE(html.find("aria-describedby=\"note-info note-hint\""), std::string::npos);
  EXPECT_NE(html.find("nhsuk-js-character-count"), std::string::npos);
}

TEST(Components, EveryProblemOfAFormIsCollectedAgainstItsField) {
  FieldErrors errors;
  CollectFieldError(errors, {"name", "email"}, [] {
    Problems problems;
    problems.Check([] { throw Invalid("name is empty", "member.name"); });
    problems.Check([] {});
    problems.Check([] { throw Invalid("not an email", "email"); });
    problems.ThrowIfAny();
  });
  ASSERT_EQ(errors.all().size(), 2U);
  EXPECT_EQ(errors.For("name"), "Name is empty");
  EXPECT_EQ(errors.For("email"), "Not an email");
  // A problem with a field the form does not have is not the form's to show.
  EXPECT_THROW(CollectFieldError(errors, {"name"},
                                 [] {
                                   Problems problems;
                                   problems.Add("bad", "name");
                                   problems.Add("worse", "ods_code");
                                   problems.ThrowIfAny();
                                 }),
               Error);
}

TEST(Components, EachProblemOfAPastedImportIsItsOwnLineInTheSummary) {
  FieldErrors errors;
  CollectImportErrors(errors, "csv", [] {
    Problems problems;
    problems.Add("is not a status", "body:2:4");
    problems.Add("is not a date", "body:3:6");
    problems.ThrowIfAny();
  });
  ASSERT_EQ(errors.all().size(), 2U);
  EXPECT_EQ(errors.all()[0].second, "body:2:4: is not a status");
  EXPECT_EQ(errors.all()[1].second, "body:3:6: is not a date");
  EXPECT_EQ(errors.For("csv"), "There are 2 problems, listed at the top of the page");
  const std::string summary = ErrorSummary(errors).str();
  EXPECT_EQ(CountOccurrences(summary, "<li><a href=\"#csv\">"), 2U);
  FieldErrors one;
  CollectImportErrors(one, "csv", [] { throw Invalid("is empty", "body"); });
  EXPECT_EQ(one.For("csv"), "body: is empty");
}

TEST(Components, ATableUnderItsHeadingKeepsItsCaptionForScreenReadersOnly) {
  Table table{"Risks <all>", {"Risk"}, {{Html("Ransomware")}}, false};
  EXPECT_NE(
      DataTable(table).str().find("<caption class=\"nhsuk-table__caption\">Risks &lt;all&gt;"),
      std::string::npos);
  table.caption_hidden = true;
  EXPECT_NE(DataTable(table).str().find(
                "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Risks"),
            std::string::npos);
}

}  // namespace
}  // namespace boardlens::html
