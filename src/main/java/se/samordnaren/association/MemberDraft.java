package se.samordnaren.association;

import java.math.BigDecimal;

/** The member form's editable state; becomes a {@link Member} when saved. */
class MemberDraft {
    private final Long id;
    private final Integer version;
    private String name;
    private String shortName;
    private MemberType type;
    private String organisationNumber;
    private BigDecimal municipalShare;
    private Integer population;

    MemberDraft(Member member) {
        id = member.id();
        version = member.version();
        name = member.name();
        shortName = member.shortName();
        type = member.type();
        organisationNumber = member.organisationNumber();
        municipalShare = member.municipalShare();
        population = member.population();
    }

    Member toMember() {
        return new Member(id, name, shortName, type, organisationNumber, municipalShare, population, version);
    }

    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getShortName() { return shortName; }
    void setShortName(String shortName) { this.shortName = shortName; }
    MemberType getType() { return type; }
    void setType(MemberType type) { this.type = type; }
    String getOrganisationNumber() { return organisationNumber; }
    void setOrganisationNumber(String organisationNumber) { this.organisationNumber = organisationNumber; }
    BigDecimal getMunicipalShare() { return municipalShare; }
    void setMunicipalShare(BigDecimal municipalShare) { this.municipalShare = municipalShare; }
    Integer getPopulation() { return population; }
    void setPopulation(Integer population) { this.population = population; }
}
