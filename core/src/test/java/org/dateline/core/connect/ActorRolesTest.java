package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.article;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/** A profile's roles are the titles and appositions the text writes beside the person's name, nothing else. */
class ActorRolesTest {
    /** The mention of {@code name} at its {@code nth} place in {@code body} (0 for the first), with a role. */
    private static Entity at(String body, String name, int nth, String role) {
        int from = -1;
        for (int i = 0; i <= nth; i++) from = body.indexOf(name, from + 1);
        return new Entity(name, EntityType.PERSON, from, from + name.length(), name, "NOR", "GOV", role, 0);
    }

    private static List<ActorProfile.Role> rolesAfter(String body, Entity... mentions) {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(new Annotated(article("a", "2023-03-01", "h", body), List.of(mentions), List.of(), List.of(), List.of()),
                "2023-03-01", Set.of());
        return kb.profiles(Map.of()).stream().filter(p -> p.name().equals(mentions[0].text())).findFirst().orElseThrow().roles();
    }

    @Test
    void aTitleBeforeTheNameAndAnAppositionAfterItAreRoles() {
        String body = "Fisheries Minister Anna Berg opened the port. Anna Berg, the chairwoman of the Coast League, spoke.";
        assertThat(rolesAfter(body, at(body, "Anna Berg", 0, "Fisheries Minister"),
                at(body, "Anna Berg", 1, "chairwoman of the Coast League")))
                .extracting(ActorProfile.Role::role).containsExactly("Fisheries Minister", "chairwoman of the Coast League");
    }

    @Test
    void aRoleTheTextNeverWritesBesideTheNameIsNoRole() {
        // the language layer spreads a role over every mention and fills a dictionary's usual role
        String body = "Anna Berg met farmers in Tromso. Later Anna Berg toured the port with the veteran leader of the north.";
        assertThat(rolesAfter(body, at(body, "Anna Berg", 0, "Norwegian leader"), at(body, "Anna Berg", 1, "leader")))
                .isEmpty();
    }

    @Test
    void theTitleOfTheNextNameInAListIsNotThisPersonsRole() {
        String body = "Present were Anna Berg, Ole Dahl, chairman of the Coast League, and others.";
        assertThat(rolesAfter(body, at(body, "Anna Berg", 0, "chairman of the Coast League"))).isEmpty();
    }

    @Test
    void inAListTheAppositionOfOneNameIsNotTheTitleOfTheNext() {
        String body = "Attending were Ole Dahl, Danish ambassador, Anna Berg, Swedish ambassador, and others.";
        assertThat(rolesAfter(body, at(body, "Anna Berg", 0, "Danish ambassador"))).isEmpty();
        assertThat(rolesAfter(body, at(body, "Anna Berg", 0, "Swedish ambassador")))
                .extracting(ActorProfile.Role::role).containsExactly("Swedish ambassador");
    }

    @Test
    void thePluralThePersonIsOneOfIsNoRole() {
        String body = "The tribune was taken by senior party and state officials Anna Berg, Ole Dahl and others.";
        assertThat(rolesAfter(body, at(body, "Anna Berg", 0, "senior party and state officials"))).isEmpty();
    }
}
