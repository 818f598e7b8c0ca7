#pragma once
/// The API's JSON for the risk register, both ways.

#include <vector>

#include "boardlens/features/risks/risk.hpp"
#include "boardlens/features/risks/risk_register.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::risks {

/// A risk with its scores and bands, its appetite and where it stands against it, its
/// movement since the last review, its actions, and whether anything is overdue on `today`.
http::Json ToJson(const Risk& risk, const std::vector<Appetite>& appetites,
                  const std::string& today);
/// A risk's fields from a request body, the same shape ToJson writes; every problem at once.
RiskInput RiskFromJson(const http::Json& body);

http::Json ToJson(const actions::Action& action, const std::string& today);
/// `{"title", "owner" (a member id), "due_on"}`.
actions::ActionInput ActionFromJson(const http::Json& body);

http::Json ToJson(const Review& review);
ReviewInput ReviewFromJson(const http::Json& body);

http::Json ToJson(const Appetite& appetite);
/// `{"category", "level", "max_score"}`.
Appetite AppetiteFromJson(const http::Json& body);

/// `{"score": "current", "cells": [{"likelihood", "consequence", "score", "band", "count"}]}`.
http::Json HeatMapJson(const std::vector<Risk>& risks, ScoreKind which);

}  // namespace boardlens::risks
