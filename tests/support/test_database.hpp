#pragma once
/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new
/// database on the PostgreSQL server the test harness started (BOARDLENS_TEST_POSTGRES).

#include <gtest/gtest.h>

#include <unistd.h>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "boardlens/db/database.hpp"

namespace boardlens::testing {

class TestDatabase {
 public:
  explicit TestDatabase(const std::string& kind) : kind_(kind) {
    static std::atomic<int> counter{0};
    const std::string name =
        "boardlens_t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    if (kind == "sqlite") {
      path_ = std::filesystem::temp_directory_path() / (name + ".db");
      url_ = "sqlite://" + path_.string();
      // A process that died before its clean-up leaves its file; a later one given the same
      // process id must not open it as its own fresh database.
      RemoveFiles();
      return;
    }
    const char* server = std::getenv("BOARDLENS_TEST_POSTGRES");
    if (server == nullptr) return;  // Available() is false; the test skips
    admin_url_ = server;
    db::OpenDatabase(admin_url_)->ExecScript("CREATE DATABASE " + name);
    name_ = name;
    url_ = admin_url_.substr(0, admin_url_.rfind('/') + 1) + name;
  }
  ~TestDatabase() {
    if (!path_.empty()) RemoveFiles();
    if (!name_.empty()) {
      db::OpenDatabase(admin_url_)->ExecScript("DROP DATABASE " + name_ + " WITH (FORCE)");
    }
  }
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  bool Available() const { return !url_.empty(); }
  const std::string& url() const { return url_; }

 private:
  void RemoveFiles() const {
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(path_.string() + suffix);
  }

  std::string kind_;
  std::string url_;
  std::string admin_url_;
  std::string name_;
  std::filesystem::path path_;
};

}  // namespace boardlens::testing
