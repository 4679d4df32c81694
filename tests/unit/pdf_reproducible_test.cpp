// What Chromium stamps into a printed PDF is rewritten in place, byte length kept.
#include "render/cards/pdf_reproducible.h"

#include <cstdio>

#include <doctest/doctest.h>

using namespace pvpp;

TEST_CASE("the print time in a PDF becomes 2024-01-01 with the same byte length") {
    std::string pdf =
        "<</Producer (Skia/PDF m156)\n/CreationDate (D:20261201021955+02'00')\n"
        "/ModDate (D:20261201021956+02'00')>>\nxref";
    std::string fixed = with_fixed_pdf_dates(pdf);
    CHECK(fixed.size() == pdf.size());
    CHECK(fixed ==
          "<</Producer (Skia/PDF m156)\n/CreationDate (D:20240101000000+00'00')\n"
          "/ModDate (D:20240101000000+00'00')>>\nxref");
}

TEST_CASE("zones west of UTC and Z keep their length too") {
    CHECK(with_fixed_pdf_dates("/ModDate (D:20250615120000-05'30')") == "/ModDate (D:20240101000000+00'00')");
    CHECK(with_fixed_pdf_dates("/CreationDate (D:20250615120000Z)") == "/CreationDate (D:20240101000000Z)");
    CHECK(with_fixed_pdf_dates("no dates here") == "no dates here");
}

TEST_CASE("file URLs are escaped as Chromium writes them") {
    CHECK(file_url("/o/cards/PU2-10.html") == "file:///o/cards/PU2-10.html");
    CHECK(file_url("/tmp/we ird ā(x)|^[]{}`'!$&;=@,+~#?%") ==
          "file:///tmp/we%20ird%20%C4%81(x)%7C%5E[]%7B%7D%60'!$&;=@,+~%23%3F%25");
}

TEST_CASE("links into the output folder become relative, padded to the same length") {
    std::string pdf =
        "/URI (file:///srv/out.tmp-42/site/lv/uzdevumi/pu1-1/index.html#a)>>\n"
        "/URI (file:///srv/out.tmp-42/cards/PU1-2.html)>>\n"
        "/URI (https://www.varam.gov.lv/lv)>>\n";
    std::string fixed = with_relative_links(pdf, "/srv/out.tmp-42");
    CHECK(fixed.size() == pdf.size());
    CHECK(fixed ==
          "/URI (../site/lv/uzdevumi/pu1-1/index.html#a)                    >>\n"
          "/URI (../cards/PU1-2.html)                    >>\n"
          "/URI (https://www.varam.gov.lv/lv)>>\n");
}

TEST_CASE("a root with parentheses and spaces is matched as the PDF writes it") {
    std::string pdf = "/URI (file:///tmp/a%20\\(b\\)/site/x.html)>>";
    std::string fixed = with_relative_links(pdf, "/tmp/a (b)");
    CHECK(fixed.size() == pdf.size());
    CHECK(fixed.starts_with("/URI (../site/x.html)"));
}

TEST_CASE("structure ids become their rank, so a DOM counter shifted by timing gives the same bytes") {
    auto tagged = [](int th, int other) {
        char pdf[400];
        std::snprintf(pdf, sizeof pdf,
                      "/S /TH\n/ID (node%08d)>>\n/S /TH\n/ID (node%08d)>>\n"
                      "/Headers [(node%08d) (node%08d)]>>\n"
                      "<</Limits [(node%08d) (node%08d)]\n/Names [(node%08d) 27 0 R (node%08d) 31 0 R]>>\n",
                      th, other, th, other, th, other, th, other);
        return std::string(pdf);
    };
    std::string quiet = tagged(17, 1203);
    std::string busy = tagged(18, 1204);
    CHECK(with_stable_structure_ids(quiet) == with_stable_structure_ids(busy));
    CHECK(with_stable_structure_ids(quiet) == tagged(1, 2));  // sorted order and lengths kept
}

TEST_CASE("only Skia's eight-digit node ids are renumbered") {
    std::string pdf = "(node123) (node0000001x) (node000000042) /ID (node00000900)>> (Tnode00000007)";
    CHECK(with_stable_structure_ids(pdf) == "(node123) (node0000001x) (node000000042) /ID (node00000001)>> (Tnode00000007)");
}
