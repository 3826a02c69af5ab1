package dev.nightshift.world;

import java.util.List;
import dev.nightshift.sim.SeededRandom;

/** The departments of the simulated organisation, their share of the staff and their job titles. */
final class Departments {

    private record Department(String name, int weight, List<String> titles) {
    }

    private static final List<Department> ALL = List.of(
            new Department("Operations", 22, List.of("Logistics Planner", "Operations Coordinator", "Warehouse Supervisor", "Operations Manager", "Fleet Controller")),
            new Department("Sales", 16, List.of("Account Manager", "Sales Executive", "Business Development Manager", "Sales Director")),
            new Department("Customer Service", 16, List.of("Customer Service Advisor", "Customer Service Team Leader", "Complaints Handler")),
            new Department("Finance", 12, List.of("Accountant", "Accounts Payable Clerk", "Financial Analyst", "Finance Manager", "Payroll Officer")),
            new Department("Marketing", 8, List.of("Marketing Executive", "Content Designer", "Marketing Manager")),
            new Department("HR", 6, List.of("HR Advisor", "Recruiter", "HR Manager")),
            new Department("Legal", 4, List.of("Legal Counsel", "Paralegal")),
            new Department("IT", 8, List.of("IT Support Analyst", "Systems Administrator", "Network Engineer", "IT Manager")));

    private static final int TOTAL = ALL.stream().mapToInt(Department::weight).sum();

    private Departments() {
    }

    /** A department drawn by its share of the staff. */
    static String draw(SeededRandom random) {
        int n = random.nextInt(TOTAL);
        for (Department d : ALL) {
            n -= d.weight();
            if (n < 0) {
                return d.name();
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /** A job title of {@code department}. */
    static String title(String department, SeededRandom random) {
        for (Department d : ALL) {
            if (d.name().equals(department)) {
                return d.titles().get(random.nextInt(d.titles().size()));
            }
        }
        throw new IllegalArgumentException("no department " + department);
    }
}
