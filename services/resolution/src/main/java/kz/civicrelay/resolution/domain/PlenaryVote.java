package kz.civicrelay.resolution.domain;

/**
 * How the plenary voted: those present and voting, and the votes for, against and abstaining. The counts must add up
 * to those present, none negative, someone present; the vote is carried when more voted for than against
 * (abstentions count for neither side).
 */
public record PlenaryVote(int present, int inFavour, int against, int abstained) {

    /** More than anyone could count in a hall; a larger figure is a typing error. */
    static final int MAX_PRESENT = 100_000;

    public PlenaryVote {
        if (present < 1 || present > MAX_PRESENT) {
            throw new IllegalArgumentException("Those present and voting must be 1 to " + MAX_PRESENT + ", not "
                    + present);
        }
        if (inFavour < 0 || against < 0 || abstained < 0) {
            throw new IllegalArgumentException("Votes cannot be negative: for " + inFavour + ", against " + against
                    + ", abstained " + abstained);
        }
        if ((long) inFavour + against + abstained != present) {
            throw new IllegalArgumentException("The votes do not add up: for " + inFavour + " + against " + against
                    + " + abstained " + abstained + " = " + ((long) inFavour + against + abstained) + ", but "
                    + present + " were present and voting");
        }
    }

    public boolean carried() {
        return inFavour > against;
    }
}
