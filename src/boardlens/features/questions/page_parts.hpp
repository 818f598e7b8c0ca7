#pragma once
/// How the checklist reads on pages, its own and others': a status as a tag, the way to a
/// question, and the home page's panel of reviews that are overdue.

#include <string>
#include <string_view>
#include <vector>

#include "boardlens/features/questions/question.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::questions {

/// Not started, Partly assured or Assured, as a coloured tag with its word.
html::Html StatusTag(Status status);
/// The Overdue tag, or nothing when the question is not overdue.
html::Html OverdueTag(const Question& question, const std::string& today);
/// /orgs/ODS/questions/FRAMEWORK/ITEM followed by `rest`.
std::string QuestionPath(const html::Visit& visit, const Question& question,
                         std::string_view rest = {});

/// The board's members, for choosing an owner; and the three statuses, for a filter or form.
std::vector<html::Choice> OwnerChoices(html::Visit& visit);
std::vector<html::Choice> StatusChoices();

/// For the organisation's home page: the questions whose review is overdue, with the way to
/// the checklist; nothing when none is.
html::Html HomePanel(html::Visit& visit);

}  // namespace boardlens::questions
