// SPDX-License-Identifier: GPL-3.0-or-later
// json::readFieldPairs() reads the common shape of a change's field values by hand; whatever it
// reads must be exactly what QJsonDocument reads, and what QJsonDocument refuses it must refuse.
#include "FieldPairsReference.h"

#include <catch2/catch.hpp>

#include <random>

using namespace fieldcase;

TEST_CASE("Field values are read as QJsonDocument reads them", "[storage][json]") {
    const char* const cases[] = {
        R"({"phone":["+36 30 1000000","+36 70 2000000"]})",
        R"({"notes":[null,"Látogatás: beiratkozott a tanfolyamra."],"phone":["a","b"]})",
        R"({"minutes":[null,35],"kind":[null,"home_visit"],"happened_at":[null,"2026-05-04T10:30"]})",
        R"( { "b" : [ true , false ] , "a" : [ -12 , 0 ] } )",
        "{\n\t\"a\":\r\n[null,null]}",
        "{}",
        "{ }",
        R"({"a":[1,2],"a":[3,4]})",
        R"({"z":[1,2],"a":[3,4],"m":[5,6]})",
        R"({"a":["say \"hi\"","x\ny"]})",
        R"({"a":["\u00e1\ud83d\ude00","/"]})",
        R"({"a":["\ud800",1]})",
        R"({"a":[1.5,1e2]})",
        R"({"a":[-0,0]})",
        R"({"a":[0123,1]})",
        R"({"a":[1234567890123456,12345678901234567890]})",
        R"({"a":[123456789012345,-123456789012345]})",
        R"({"a":[{"x":1},[1,2]]})",
        R"({"a":[1,2,3]})",
        R"({"a":[1]})",
        R"({"a":"text"})",
        R"({"a":[1,2]} x)",
        R"({"a":[1,2],})",
        R"({"a":[1,2]})"
        "\0",
        R"({"á":[1,2]})",
        R"({"a\u0062":[1,2]})",
        R"([1,2])",
        R"("text")",
        "",
        "{",
        R"({"a":[nul,1]})",
        R"({"a":[nullx,1]})",
        R"({"a":[True,1]})",
        R"({"a":[1,2]}})",
        "{\"a\":[\"\x01\",1]}",
        "{\"a\":[\"\xc3\xa1\",1]}",
        "{\"a\":[\"\xc3\",1]}",
        "{\"a\":[\"\xed\xa0\x80\",1]}",
        "{\"a\":[\"\xef\xbf\xbe\",1]}",
        "{\"a\":[\"\xf4\x90\x80\x80\",1]}",
        "{\"a\":[\"\xc0\xaf\",1]}",
        "\xef\xbb\xbf{\"a\":[1,2]}",
    };
    for (const char* text : cases) {
        const QByteArray bytes(text);
        INFO(bytes.toStdString());
        CHECK(test::fieldPairsDifference(bytes) == "");
    }
}

TEST_CASE("Field values damaged at random are read as QJsonDocument reads them", "[storage][json]") {
    const QByteArray seeds[] = {
        R"({"notes":[null,"Látogatás 12: beiratkozott."],"phone":["+36 30 1000000","+36 70 2000000"]})",
        R"({"happened_at":[null,"2026-05-04T10:30"],"kind":[null,"home_visit"],"minutes":[null,35],"person_id":[null,"01923f6e-8b2a-7c4d-9e1f-0a1b2c3d4e5f"]})",
        R"({"is_client":[true,false],"planned":[null,1],"score":[-7,12]})",
    };
    const char alphabet[] = "{}[],:\" \\-.0123456789eEtrufalsn\xc3\xa1\xed\xa0\x80";
    std::mt19937 random(20261130);
    int mutants = 0;
    for (const QByteArray& seed : seeds) {
        for (int i = 0; i < 4000; ++i) {
            QByteArray text = seed;
            const int edits = 1 + int(random() % 3);
            for (int e = 0; e < edits && !text.isEmpty(); ++e) {
                const qsizetype at = qsizetype(random() % quint32(text.size()));
                const char c = alphabet[random() % (sizeof(alphabet) - 1)];
                switch (random() % 3) {
                case 0:
                    text[at] = c;
                    break;
                case 1:
                    text.insert(at, c);
                    break;
                default:
                    text.remove(at, 1);
                    break;
                }
            }
            const std::string diff = test::fieldPairsDifference(text);
            if (!diff.empty()) {
                INFO(text.toStdString());
                CHECK(diff == "");
            }
            ++mutants;
        }
    }
    CHECK(mutants == 12000);
}
