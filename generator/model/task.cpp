#include "model/task.h"

namespace pvpp {

const std::vector<std::string>& card_section_titles() {
    static const std::vector<std::string> titles = {
        "Uzdevuma veikšanas rezultāts, ieguvumi un apdraudējumi",
        "Uzdevuma veikšanas līmeņi, mērogi un atbildīgās lomas",
        "Uzdevuma veikšanā iesaistīto lomu pienākumi un mijiedarbība",
        "Pakalpojumu pārvaldības uzdevumu savstarpējās atkarības un mijiedarbība",
        "No uzdevuma veikšanas atkarīgie pakalpojumu izveides, sniegšanas un pilnveides nosacījumi",
        "Uzdevuma pilnvērtīgai veikšanai nepieciešamās spējas (kompetences un procesi)",
        "Uzdevuma pilnvērtīgai veikšanai nepieciešamie resursi (informācija un digitālās tehnoloģijas)",
        "Norādes uzdevuma veikšanai",
    };
    return titles;
}

}  // namespace pvpp
