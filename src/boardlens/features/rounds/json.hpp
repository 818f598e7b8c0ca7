#pragma once
/// The API's JSON for rounds, answers, completion and reminders.

#include "boardlens/features/rounds/reminder.hpp"
#include "boardlens/features/rounds/round.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::rounds {

http::Json ToJson(const Round& round);
/// A round with its framework's version and items.
http::Json ToJson(const RoundView& view);
http::Json ToJson(const Answer& answer);
http::Json ToJson(const CompletionRow& row);
http::Json ToJson(const ReminderReport& report);

}  // namespace boardlens::rounds
