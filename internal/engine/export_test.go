package engine

// SetBudget sets the work budget of every analysis (0: the default) and
// returns a function that restores it.
func SetBudget(n int) func() {
	old := budget
	budget = n
	return func() { budget = old }
}
